using MatTran.Inspections.Uploads;
using Microsoft.AspNetCore.Http.Features;

namespace MatTran.Api.Routing;

/// <summary>
/// Runs a route's handler on a request that did not come through minimal-API routing (the Functions app's HTTP
/// triggers), with the same parameter binding minimal APIs use (<see cref="RequestDelegateFactory"/>), the route's body
/// limit, and every empty error answer turned into problem+json as the local host's status-code pages do. The access
/// policy normally runs before (the host's middleware); when it has not run for this request, it runs here, so no
/// route can be reached around it.
/// </summary>
public static class ApiRouteInvoker
{
    /// <param name="context">The request; its <c>RouteValues</c> must hold the template's parameters.</param>
    public static async Task InvokeAsync(HttpContext context, ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(route);
        var services = context.RequestServices;
        if (context.Features.Get<ApiCaller>() is null &&
            await services.GetRequiredService<ApiAccessPolicy>().AuthorizeAsync(context, route) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        if (ApiBodyLimits.For(route, services.GetRequiredService<UploadPolicy>()) is { } limit)
        {
            if (context.Request.ContentLength > limit)
            {
                // Refused by its declared length before a byte is read: a client that sent "Expect: 100-continue"
                // never sends the body, and none is half-read into a handler.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await ApiProblemResponses.WriteIfEmptyAsync(context);
                return;
            }

            // A body without a declared length (chunked) is cut off by the server once it passes the limit.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }
        }

        var handler = services.GetRequiredService<ApiRouteDelegates>().For(route);
        await handler(context);
        await ApiProblemResponses.WriteIfEmptyAsync(context);
    }
}
