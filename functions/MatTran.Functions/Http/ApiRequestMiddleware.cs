using MatTran.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.Functions.Http;

/// <summary>
/// Worker middleware in front of every HTTP function, doing for the Functions app what the local host's middleware does
/// for its endpoints: the route's parameters on the request, <see cref="ApiAccessPolicy"/> (staff from
/// <c>X-MS-CLIENT-PRINCIPAL</c>, units from their signed link <c>?t=</c>) before any handler runs, and an unexpected
/// failure answered as problem+json 500 instead of the host's bare error. No function checks access itself.
/// </summary>
internal sealed partial class ApiRequestMiddleware(ApiAccessPolicy policy, ILogger<ApiRequestMiddleware> logger) : IFunctionsWorkerMiddleware
{
    /// <summary>The functions this middleware runs for: the HTTP functions of the route table.</summary>
    public static bool AppliesTo(FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ApiFunctionRoutes.TryGet(context.FunctionDefinition.Name, out _);
    }

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var route = ApiFunctionRoutes.Get(context.FunctionDefinition.Name);
        var http = context.GetHttpContext()
            ?? throw new InvalidOperationException($"{route} ran without an HttpContext; the app must call ConfigureFunctionsWebApplication.");
        try
        {
            CopyRouteValues(context, http, route);
            if (await policy.AuthorizeAsync(http, route) is { } refusal)
            {
                await refusal.ExecuteAsync(http);
                await ApiProblemResponses.WriteIfEmptyAsync(http);
                return;
            }

            await next(context);
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(logger, e, route.FunctionName);
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await ApiProblemResponses.WriteIfEmptyAsync(http);
        }
    }

    /// <summary>
    /// The worker's ASP.NET Core routing normally fills the route values from the function's route; the trigger's
    /// binding data carries them too, and whichever is missing is taken from there, so the policy and the handler
    /// always see the template's parameters.
    /// </summary>
    internal static void CopyRouteValues(FunctionContext context, HttpContext http, ApiRoute route)
    {
        var bindingData = context.BindingContext.BindingData;
        foreach (var parameter in RoutePatternFactory.Parse(route.Template).Parameters)
        {
            if (!http.Request.RouteValues.ContainsKey(parameter.Name)
                && bindingData.TryGetValue(parameter.Name, out object? value) && value is not null)
            {
                http.Request.RouteValues[parameter.Name] = value.ToString();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The HTTP function {FunctionName} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string functionName);
}
