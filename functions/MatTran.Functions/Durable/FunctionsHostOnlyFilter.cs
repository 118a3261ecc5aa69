using System.Net;

namespace MatTran.Functions.Durable;

/// <summary>
/// Outside Development the trigger endpoints answer only the Functions host, which calls the handler on 127.0.0.1.
/// HTTP requests that the host forwards from the internet through the catch-all <c>http</c> function also arrive from
/// loopback, but they carry the <c>X-Forwarded-For</c> header that App Service's front end adds (and a client cannot
/// remove), so a loopback request with that header is refused as well.
/// </summary>
public sealed class FunctionsHostOnlyFilter : IEndpointFilter
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var environment = http.RequestServices.GetRequiredService<IHostEnvironment>();
        if (environment.IsDevelopment() || IsFromFunctionsHost(http))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            detail: "Trigger endpoints answer only the Azure Functions host on loopback.", statusCode: StatusCodes.Status403Forbidden));
    }

    private static bool IsFromFunctionsHost(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) &&
        !http.Request.Headers.ContainsKey(ForwardedForHeader);
}
