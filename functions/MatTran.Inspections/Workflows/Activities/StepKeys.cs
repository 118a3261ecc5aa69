using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MatTran.Inspections.ReadModel.Inspections;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step keys for the read model: the activity, the orchestration time of the call and, for requests, a hash of the
/// request. Two calls in one orchestration episode share the time, so the request's content tells them apart.
/// </summary>
internal static class StepKeys
{
    public static string For(string activity, DateTime at) =>
        activity + "|" + Utc(at).ToString("O", CultureInfo.InvariantCulture);

    public static string For<T>(string activity, DateTime at, T request) =>
        For(activity, at) + "|" + Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, ReadModelJson.Options))).AsSpan(0, 12));

    /// <summary>Orchestration times arrive as UTC, or unspecified after a JSON round trip; both mean UTC.</summary>
    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
