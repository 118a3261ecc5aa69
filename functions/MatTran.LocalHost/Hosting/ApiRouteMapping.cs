using MatTran.Api.Hosting;
using MatTran.Api.Http;
using MatTran.Api.Routing;
using MatTran.Inspections.Uploads;

namespace MatTran.LocalHost.Hosting;

public static class ApiRouteMapping
{
    /// <summary>
    /// Every route of <see cref="ApiRoutes.All"/> as a minimal-API endpoint named as its Azure Function, behind the one
    /// access policy and with the edge check of JSON bodies (<see cref="RequestTextFilter"/>, which the Functions app's
    /// route invoker adds too); the Development mailbox only in Development/Test. Empty 4xx answers (401, 413, 415, an unreadable
    /// body, an unknown route) become problem+json through the status-code pages.
    /// </summary>
    public static WebApplication MapMatTranLocalHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiAccessPolicy();
        app.MapWebApp();
        var uploads = app.Services.GetRequiredService<UploadPolicy>();
        bool developmentOrTest = app.Environment.IsDevelopmentOrTest();
        foreach (var route in ApiRoutes.All.Where(r => developmentOrTest || !r.Access.DevelopmentOnly))
        {
            var endpoint = app.MapMethods(route.Template, [route.Method], route.Handler)
                .WithName(route.FunctionName)
                .WithMetadata(route)
                .AddEndpointFilter(RequestTextFilter.Instance);
            if (ApiBodyLimits.For(route, uploads) is { } limit)
            {
                endpoint.WithMetadata(new RequestBodyLimit(limit));
            }
        }

        return app;
    }

    /// <summary>
    /// Runs <see cref="ApiAccessPolicy"/> before every API endpoint, after routing has chosen it (so the route's access
    /// is known) and before anything reads the body: a refused request stores nothing and learns nothing. A request no
    /// route matches is checked as <see cref="ApiRoutes.Unknown"/> (401 to anyone not signed in, else 404).
    /// </summary>
    private static void UseApiAccessPolicy(this WebApplication app)
    {
        var policy = app.Services.GetRequiredService<ApiAccessPolicy>();
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var route = endpoint is null ? ApiRoutes.Unknown : endpoint.Metadata.GetMetadata<ApiRoute>();
            if (route is not null && await policy.AuthorizeAsync(context, route) is { } refusal)
            {
                await refusal.ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }
}
