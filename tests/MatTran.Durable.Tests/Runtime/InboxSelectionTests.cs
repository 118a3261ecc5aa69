using MatTran.Durable.Dispatch;
using MatTran.Durable.Storage;

namespace MatTran.Durable.Tests.Runtime;

[TestClass]
public sealed class InboxSelectionTests
{
    private static readonly DateTimeOffset T = TestHub.Start;

    private static readonly HistoryEvent[] Past =
    [
        new() { EventType = HistoryEventType.ExecutionStarted, Timestamp = T, Name = "X" },
        new() { EventType = HistoryEventType.TaskScheduled, Timestamp = T, EventId = 0, Name = "A" },
        new() { EventType = HistoryEventType.TaskScheduled, Timestamp = T, EventId = 1, Name = "A" },
        new() { EventType = HistoryEventType.TaskCompleted, Timestamp = T, TaskScheduledId = 0 },
    ];

    private static InboxMessage Completion(string key, int id, string? execution = "e1") =>
        new(key, new HistoryEvent { EventType = HistoryEventType.TaskCompleted, Timestamp = T, TaskScheduledId = id }, execution);

    [TestMethod]
    public void Result_for_a_task_already_completed_is_discarded()
    {
        var selection = InboxSelection.Select(Past, [Completion("a", 0), Completion("b", 1)], "e1", suspended: false);

        CollectionAssert.AreEqual(new[] { "b" }, selection.Applied.Select(m => m.RowKey).ToArray());
        CollectionAssert.AreEqual(new[] { "a" }, selection.Discarded.Select(m => m.RowKey).ToArray());
    }

    [TestMethod]
    public void Result_addressed_to_an_earlier_execution_is_discarded()
    {
        var selection = InboxSelection.Select(Past, [Completion("a", 1, execution: "e0")], "e1", suspended: false);

        Assert.IsEmpty(selection.Applied);
        Assert.HasCount(1, selection.Discarded);
    }

    [TestMethod]
    public void Messages_wait_while_suspended()
    {
        var selection = InboxSelection.Select(Past, [Completion("a", 1)], "e1", suspended: true);

        Assert.IsEmpty(selection.Applied);
        Assert.IsEmpty(selection.Discarded);
    }

    [TestMethod]
    public void One_episode_applies_at_most_90_messages_and_asks_for_another()
    {
        var raised = Enumerable.Range(0, 120)
            .Select(i => new InboxMessage($"k{i:D3}", new HistoryEvent { EventType = HistoryEventType.EventRaised, Timestamp = T, Name = "E" }, null))
            .ToList();

        var selection = InboxSelection.Select(Past, raised, "e1", suspended: false);

        Assert.HasCount(InboxSelection.MaxMessagesPerEpisode, selection.Applied);
        Assert.IsTrue(selection.MoreRemain);
    }
}
