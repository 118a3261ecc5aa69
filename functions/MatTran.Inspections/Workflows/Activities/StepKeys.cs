using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MatTran.Durable;
using MatTran.Inspections.ReadModel.Inspections;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step keys for the read model: the activity, the call (instance, execution and first-attempt task id, which a
/// redelivery or a policy retry repeats), the orchestration time and, for requests, a hash of the request. The task id
/// keeps apart two steps with identical requests at the same orchestration time, such as a conclusion resubmitted after
/// a return; sharing it across retries keeps an attempt that stored its change and then failed from storing it twice.
/// </summary>
internal static class StepKeys
{
    public static string For(string activity, TaskActivityContext context, DateTime at) =>
        activity + "|" + context.IdempotencyKey + "|" + Utc(at).ToString("O", CultureInfo.InvariantCulture);

    public static string For<T>(string activity, TaskActivityContext context, DateTime at, T request) =>
        For(activity, context, at) + "|" + Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, ReadModelJson.Options))).AsSpan(0, 12));

    /// <summary>Orchestration times arrive as UTC, or unspecified after a JSON round trip; both mean UTC.</summary>
    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
