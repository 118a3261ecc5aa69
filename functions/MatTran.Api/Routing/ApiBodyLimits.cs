using MatTran.Inspections.Uploads;

namespace MatTran.Api.Routing;

/// <summary>The request-body limit a route gets in both hosts.</summary>
public static class ApiBodyLimits
{
    /// <summary>Room for the multipart framing and a feedback text around a file at the upload limit.</summary>
    public const long FormOverheadBytes = 256 * 1024;

    /// <summary>The route's limit in bytes, or null for the server's default.</summary>
    public static long? For(ApiRoute route, UploadPolicy uploads)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(uploads);
        return route.MaxBodyBytes == ApiRoute.UploadBodyLimit ? uploads.MaxBytes + FormOverheadBytes : route.MaxBodyBytes;
    }
}
