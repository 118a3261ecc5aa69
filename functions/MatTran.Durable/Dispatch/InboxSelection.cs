using MatTran.Durable.Storage;

namespace MatTran.Durable.Dispatch;

/// <summary>
/// Decides which inbox messages an episode applies, which it discards (duplicates, results for another execution,
/// a second start) and which must wait (events before the instance started, anything but resume/terminate while
/// suspended). Pure, so the rules are testable without storage.
/// </summary>
internal sealed class InboxSelection
{
    public const int MaxMessagesPerEpisode = 90;

    private InboxSelection()
    {
    }

    public List<InboxMessage> Applied { get; } = [];

    public List<InboxMessage> Discarded { get; } = [];

    /// <summary>True when applicable messages were left for a later episode because of the per-episode limit.</summary>
    public bool MoreRemain { get; private set; }

    public bool EndsSuspended { get; private set; }

    public InboxMessage? Termination { get; private set; }

    public static InboxSelection Select(
        IReadOnlyList<HistoryEvent> past, IReadOnlyList<InboxMessage> inbox, string executionId, bool suspended)
    {
        var selection = new InboxSelection();
        var started = past.Any(e => e.EventType == HistoryEventType.ExecutionStarted);
        var scheduled = past.Where(e => e.IsScheduling).Select(e => e.EventId).ToHashSet();
        var completed = past.Where(e => e.IsCompletion).Select(e => e.TaskScheduledId).ToHashSet();
        var held = false;
        foreach (var message in inbox)
        {
            if (selection.Applied.Count + selection.Discarded.Count >= MaxMessagesPerEpisode)
            {
                selection.MoreRemain = true;
                break;
            }

            var e = message.Event;
            if (message.ExecutionId is not null && message.ExecutionId != executionId)
            {
                selection.Discarded.Add(message);
                continue;
            }

            switch (e.EventType)
            {
                case HistoryEventType.ExecutionTerminated:
                    selection.Termination = message;
                    selection.Applied.Add(message);
                    return selection;
                case HistoryEventType.ExecutionStarted:
                    (started ? selection.Discarded : selection.Applied).Add(message);
                    started = true;
                    break;
                case HistoryEventType.ExecutionSuspended:
                    (suspended ? selection.Discarded : selection.Applied).Add(message);
                    suspended = true;
                    break;
                case HistoryEventType.ExecutionResumed:
                    (suspended ? selection.Applied : selection.Discarded).Add(message);
                    suspended = false;
                    break;
                case var _ when !started || suspended:
                    held = true;
                    break;
                case var _ when e.IsCompletion:
                    if (!scheduled.Contains(e.TaskScheduledId) || !completed.Add(e.TaskScheduledId))
                    {
                        selection.Discarded.Add(message);
                    }
                    else
                    {
                        selection.Applied.Add(message);
                    }

                    break;
                default:
                    selection.Applied.Add(message);
                    break;
            }
        }

        selection.EndsSuspended = suspended;

        // Messages held back while suspended become applicable after a resume later in the same inbox.
        selection.MoreRemain |= held && started && !suspended;
        return selection;
    }
}
