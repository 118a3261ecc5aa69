using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step keys for the read model: the activity, the orchestration's key for the call (<see cref="WorkflowStep.StepKey"/>,
/// which a redelivery or a policy retry repeats), the step's plan time and, for requests, a hash of the request. The
/// call key keeps apart two steps with identical requests at the same plan time, such as a conclusion resubmitted
/// after a return; the time and the hash keep apart the steps of a later run of the same instance id, whose calls are
/// numbered from 1 again.
/// </summary>
internal static class StepKeys
{
    public static string For(string activity, WorkflowStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentException.ThrowIfNullOrEmpty(step.StepKey);
        return activity + "|" + step.StepKey + "|" + Utc(step.At).ToString("O", CultureInfo.InvariantCulture);
    }

    public static string For<T>(string activity, WorkflowStep step, T request) =>
        For(activity, step) + "|" + Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, ReadModelJson.Options))).AsSpan(0, 12));

    /// <summary>Plan times arrive as UTC, or unspecified after a JSON round trip; both mean UTC.</summary>
    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
