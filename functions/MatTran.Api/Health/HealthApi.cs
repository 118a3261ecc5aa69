using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Health;

public static class HealthApi
{
    /// <summary>
    /// <c>GET /api/health</c>: 200 when Table, Blob and Queue storage answer, 503 otherwise. Anonymous on purpose:
    /// load balancers and the Functions host probe it, and it reveals nothing but reachability.
    /// </summary>
    internal static async Task<Results<Ok<StorageHealthReport>, JsonHttpResult<StorageHealthReport>>> GetHealthAsync(
        StorageHealthProbe probe, CancellationToken cancellationToken)
    {
        var report = await probe.CheckAsync(cancellationToken);
        return report.Storage.All(s => s.Reachable)
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
