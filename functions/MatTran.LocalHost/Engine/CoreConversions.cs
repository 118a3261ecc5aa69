using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Core = DurableTask.Core;

namespace MatTran.LocalHost.Engine;

/// <summary>Maps DurableTask.Core's status and failure types to the SDK's (same meanings, separate types).</summary>
internal static class CoreConversions
{
#pragma warning disable CS0618 // ContinuedAsNew and Canceled are obsolete in the SDK, but DurableTask.Core may still report them.
    public static OrchestrationRuntimeStatus ToRuntimeStatus(this Core.OrchestrationStatus status) => status switch
    {
        Core.OrchestrationStatus.Running => OrchestrationRuntimeStatus.Running,
        Core.OrchestrationStatus.Completed => OrchestrationRuntimeStatus.Completed,
        Core.OrchestrationStatus.ContinuedAsNew => OrchestrationRuntimeStatus.ContinuedAsNew,
        Core.OrchestrationStatus.Failed => OrchestrationRuntimeStatus.Failed,
        Core.OrchestrationStatus.Canceled => OrchestrationRuntimeStatus.Canceled,
        Core.OrchestrationStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        Core.OrchestrationStatus.Pending => OrchestrationRuntimeStatus.Pending,
        Core.OrchestrationStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown orchestration status."),
    };

    public static Core.OrchestrationStatus ToCoreStatus(this OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Running => Core.OrchestrationStatus.Running,
        OrchestrationRuntimeStatus.Completed => Core.OrchestrationStatus.Completed,
        OrchestrationRuntimeStatus.ContinuedAsNew => Core.OrchestrationStatus.ContinuedAsNew,
        OrchestrationRuntimeStatus.Failed => Core.OrchestrationStatus.Failed,
        OrchestrationRuntimeStatus.Canceled => Core.OrchestrationStatus.Canceled,
        OrchestrationRuntimeStatus.Terminated => Core.OrchestrationStatus.Terminated,
        OrchestrationRuntimeStatus.Pending => Core.OrchestrationStatus.Pending,
        OrchestrationRuntimeStatus.Suspended => Core.OrchestrationStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown orchestration status."),
    };

#pragma warning restore CS0618

    public static TaskFailureDetails? ToTaskFailureDetails(this Core.FailureDetails? failure) =>
        failure is null
            ? null
            : new TaskFailureDetails(
                failure.ErrorType,
                failure.ErrorMessage,
                failure.StackTrace,
                failure.InnerFailure.ToTaskFailureDetails(),
                failure.Properties);

    /// <summary>
    /// The failure of a failed instance. DurableTask.AzureStorage keeps no structured failure in its instance table,
    /// only "ErrorType: message" as the output (the full details, with inner failures, stay in the history).
    /// </summary>
    public static TaskFailureDetails? ToTaskFailureDetails(this Core.OrchestrationState state)
    {
        if (state.FailureDetails is { } failure)
        {
            return failure.ToTaskFailureDetails();
        }

        if (state.OrchestrationStatus != Core.OrchestrationStatus.Failed || string.IsNullOrEmpty(state.Output))
        {
            return null;
        }

        int separator = state.Output.IndexOf(": ", StringComparison.Ordinal);
        bool typed = separator > 0 && !state.Output.AsSpan(0, separator).Contains(' ');
        return new TaskFailureDetails(
            typed ? state.Output[..separator] : "(unknown)",
            typed ? state.Output[(separator + 2)..] : state.Output,
            StackTrace: null,
            InnerFailure: null,
            Properties: null);
    }

    /// <summary>DurableTask.AzureStorage returns UTC times; some come back with an unspecified kind.</summary>
    public static DateTimeOffset ToUtcOffset(this DateTime time) =>
        new(time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
