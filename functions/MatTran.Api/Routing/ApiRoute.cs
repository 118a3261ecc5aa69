namespace MatTran.Api.Routing;

/// <summary>
/// One HTTP route, served the same by both hosts: the local host maps it with minimal APIs, the Functions app has one
/// HTTP-triggered function of this name whose route is <see cref="Template"/>.
/// </summary>
/// <param name="FunctionName">The Azure Functions function name; also the local endpoint's name.</param>
/// <param name="Method">One HTTP method (<c>GET</c>, <c>POST</c>).</param>
/// <param name="Template">The full path without a leading slash (<c>api/plans/{id}/launch</c>); the Functions app's route prefix is empty.</param>
/// <param name="Handler">The minimal-API handler; its parameters bind as in minimal APIs (route, query, body, services, <see cref="ApiCaller"/>).</param>
/// <param name="MaxBodyBytes">The largest request body; null keeps the server's default. Upload routes take <see cref="UploadBodyLimit"/>.</param>
public sealed record ApiRoute(string FunctionName, string Method, string Template, ApiAccess Access, Delegate Handler, long? MaxBodyBytes = null)
{
    /// <summary>Marks an upload route: its limit is <c>Uploads:MaxBytes</c> plus room for the form (see <see cref="ApiBodyLimits"/>).</summary>
    public const long UploadBodyLimit = -1;

    public override string ToString() => $"{Method} /{Template} ({FunctionName}, {Access})";
}
