using MatTran.Durable.Serialization;
using Microsoft.Extensions.Logging;

namespace MatTran.Durable.Replay;

/// <summary>
/// Replays an orchestrator over its history and then the episode's new events, on a single-threaded
/// synchronisation context, and reports what it newly scheduled and whether it finished. Pure: no I/O, no clock
/// (time comes from OrchestratorStarted events).
/// </summary>
internal sealed class OrchestrationExecutor(ITaskOrchestrator orchestrator, ILoggerFactory? loggerFactory = null)
{
    public OrchestrationExecutionResult Execute(IReadOnlyList<HistoryEvent> pastEvents, IReadOnlyList<HistoryEvent> newEvents)
    {
        var context = new ReplayOrchestrationContext(loggerFactory);
        var scheduler = new OrchestrationSynchronizationContext();
        var previous = SynchronizationContext.Current;
        Task<object?>? run = null;
        SynchronizationContext.SetSynchronizationContext(scheduler);
        try
        {
            context.Replaying = true;
            foreach (var history in pastEvents)
            {
                run = Apply(context, history, run);
                scheduler.RunUntilBlocked();
            }

            context.Replaying = false;
            foreach (var history in newEvents)
            {
                run = Apply(context, history, run);
                scheduler.RunUntilBlocked();
                if (run?.IsCompleted == true)
                {
                    // Events after the orchestrator returned stay unprocessed (ContinueAsNew may carry them over).
                    foreach (var rest in newEvents.SkipWhile(e => !ReferenceEquals(e, history)).Skip(1))
                    {
                        if (rest.EventType == HistoryEventType.EventRaised)
                        {
                            context.RaiseEvent(rest);
                        }
                    }

                    break;
                }
            }
        }
        catch (NonDeterministicOrchestrationException nonDeterminism)
        {
            return Failed(context, TaskFailureDetails.FromException(nonDeterminism));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        return Outcome(context, run);
    }

    private Task<object?>? Apply(ReplayOrchestrationContext context, HistoryEvent history, Task<object?>? run)
    {
        switch (history.EventType)
        {
            case HistoryEventType.OrchestratorStarted:
                context.CurrentUtc = history.Timestamp;
                break;
            case HistoryEventType.ExecutionStarted when run is null:
                context.Start(history);
                if (context.CurrentUtc == default)
                {
                    context.CurrentUtc = history.Timestamp;
                }

                run = Start(context);
                foreach (var carried in history.CarryoverEvents ?? [])
                {
                    context.RaiseEvent(carried);
                }

                break;
            case HistoryEventType.TaskScheduled or HistoryEventType.SubOrchestrationCreated
                or HistoryEventType.TimerCreated or HistoryEventType.EventSent:
                context.MatchScheduledAction(history);
                break;
            case HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed or HistoryEventType.SubOrchestrationCompleted
                or HistoryEventType.SubOrchestrationFailed or HistoryEventType.TimerFired:
                context.Complete(history);
                break;
            case HistoryEventType.EventRaised:
                context.RaiseEvent(history);
                break;
        }

        return run;
    }

    private Task<object?> Start(ReplayOrchestrationContext context)
    {
        try
        {
            var input = JsonPayload.Deserialize(context.SerializedInput, orchestrator.InputType);
            return orchestrator.RunAsync(context, input);
        }
        catch (Exception exception) when (exception is not NonDeterministicOrchestrationException)
        {
            // An orchestrator that throws before its first await (or an input that does not deserialise)
            // fails the instance like any later exception.
            return Task.FromException<object?>(exception);
        }
    }

    private static OrchestrationExecutionResult Outcome(ReplayOrchestrationContext context, Task<object?>? run)
    {
        if (run is null || !run.IsCompleted)
        {
            return new OrchestrationExecutionResult
            {
                Status = OrchestrationRuntimeStatus.Running,
                Actions = [.. context.PendingActions],
                CustomStatus = context.CustomStatus,
            };
        }

        if (run.Exception is { } faulted)
        {
            var cause = faulted.InnerExceptions.Count == 1 ? faulted.InnerExceptions[0] : faulted;
            return Failed(context, TaskFailureDetails.FromException(cause));
        }

        if (run.IsCanceled)
        {
            return Failed(context, new TaskFailureDetails(
                typeof(TaskCanceledException).FullName!, "The orchestrator awaited a task that was cancelled and did not handle it."));
        }

        if (context.ContinueAsNewRequest is { } continuation)
        {
            return new OrchestrationExecutionResult
            {
                Status = OrchestrationRuntimeStatus.ContinuedAsNew,
                Actions = [.. context.PendingActions],
                CustomStatus = context.CustomStatus,
                Output = continuation.Input,
                Version = context.Version,
                CarryoverEvents = continuation.PreserveUnprocessedEvents ? [.. context.BufferedEvents] : [],
            };
        }

        return new OrchestrationExecutionResult
        {
            Status = OrchestrationRuntimeStatus.Completed,
            Actions = [.. context.PendingActions],
            CustomStatus = context.CustomStatus,
            Output = JsonPayload.Serialize(run.Result),
        };
    }

    private static OrchestrationExecutionResult Failed(ReplayOrchestrationContext context, TaskFailureDetails failure) => new()
    {
        Status = OrchestrationRuntimeStatus.Failed,
        Actions = [],
        CustomStatus = context.CustomStatus,
        Failure = failure,
    };
}
