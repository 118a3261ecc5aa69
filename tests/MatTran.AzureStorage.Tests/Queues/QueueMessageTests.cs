using Azure;
using MatTran.AzureStorage.Queues;

namespace MatTran.AzureStorage.Tests.Queues;

[TestClass]
public sealed class QueueMessageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Message_sent_with_a_delay_is_invisible_until_the_delay_passes()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);

        var receipt = (await queue.SendMessageAsync("remind-unit", visibilityTimeout: TimeSpan.FromSeconds(2),
            cancellationToken: TestContext.CancellationToken)).Value;

        Assert.IsEmpty((await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value);
        var message = await QueueTestQueue.ReceiveWithinAsync(queue, Deadline, null, TestContext.CancellationToken);
        Assert.IsNotNull(message);
        Assert.AreEqual(receipt.MessageId, message.MessageId);
        Assert.AreEqual("remind-unit", message.MessageText);
        Assert.IsGreaterThanOrEqualTo(receipt.InsertionTime.AddSeconds(2), receipt.TimeNextVisible);
    }

    [TestMethod]
    public async Task Received_and_deleted_message_is_gone()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);
        await queue.SendMessageAsync("activity-1", cancellationToken: TestContext.CancellationToken);
        Assert.AreEqual(1, (await queue.GetPropertiesAsync(TestContext.CancellationToken)).Value.ApproximateMessagesCount);

        var message = (await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value.Single();
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, TestContext.CancellationToken);

        Assert.AreEqual("activity-1", message.MessageText);
        Assert.AreEqual(1, message.DequeueCount);
        Assert.AreEqual(0, (await queue.GetPropertiesAsync(TestContext.CancellationToken)).Value.ApproximateMessagesCount);
        Assert.IsEmpty((await queue.PeekMessagesAsync(32, TestContext.CancellationToken)).Value);
        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, TestContext.CancellationToken));
        Assert.AreEqual(404, e.Status);
    }

    [TestMethod]
    public async Task Message_not_deleted_reappears_after_its_visibility_timeout_with_dequeue_count_2()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);
        await queue.SendMessageAsync("work-item", cancellationToken: TestContext.CancellationToken);

        var first = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1), TestContext.CancellationToken)).Value.Single();

        Assert.IsEmpty((await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value);
        var again = await QueueTestQueue.ReceiveWithinAsync(queue, Deadline, null, TestContext.CancellationToken);
        Assert.IsNotNull(again);
        Assert.AreEqual(first.MessageId, again.MessageId);
        Assert.AreEqual(2, again.DequeueCount);
        Assert.AreNotEqual(first.PopReceipt, again.PopReceipt);
    }

    [TestMethod]
    public async Task Update_makes_a_received_message_visible_again_with_new_text()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);
        await queue.SendMessageAsync("attempt 1", cancellationToken: TestContext.CancellationToken);
        var received = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5), TestContext.CancellationToken)).Value.Single();

        var update = (await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, "attempt 2", TimeSpan.Zero,
            TestContext.CancellationToken)).Value;

        Assert.AreNotEqual(received.PopReceipt, update.PopReceipt);
        var again = (await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value.Single();
        Assert.AreEqual("attempt 2", again.MessageText);
        Assert.AreEqual(received.MessageId, again.MessageId);
    }

    [TestMethod]
    public async Task Update_can_extend_invisibility_without_changing_the_text()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);
        await queue.SendMessageAsync("long activity", cancellationToken: TestContext.CancellationToken);
        var received = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1), TestContext.CancellationToken)).Value.Single();

        var update = (await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, visibilityTimeout: TimeSpan.FromMinutes(5),
            cancellationToken: TestContext.CancellationToken)).Value;
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.CancellationToken);

        Assert.IsEmpty((await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value);
        Assert.IsGreaterThan(DateTimeOffset.UtcNow.AddMinutes(4), update.NextVisibleOn);
        await queue.DeleteMessageAsync(received.MessageId, update.PopReceipt, TestContext.CancellationToken);
        Assert.AreEqual(0, (await queue.GetPropertiesAsync(TestContext.CancellationToken)).Value.ApproximateMessagesCount);
    }

    [TestMethod]
    public async Task Message_with_a_time_to_live_reports_its_expiry()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);

        var receipt = (await queue.SendMessageAsync("short-lived", timeToLive: TimeSpan.FromMinutes(10),
            cancellationToken: TestContext.CancellationToken)).Value;

        Assert.AreEqual(receipt.InsertionTime.AddMinutes(10), receipt.ExpirationTime);
    }

    [TestMethod]
    public async Task Queue_create_is_idempotent_and_delete_reports_whether_it_existed()
    {
        var queue = new QueueClient(Emulators.Servers.StorageConnectionString, Emulators.UniqueName("q"));

        Assert.IsNotNull(await queue.CreateIfNotExistsAsync(TestContext.CancellationToken));
        Assert.IsNull(await queue.CreateIfNotExistsAsync(TestContext.CancellationToken));
        Assert.IsTrue((await queue.DeleteIfExistsAsync(TestContext.CancellationToken)).Value);
        Assert.IsFalse((await queue.DeleteIfExistsAsync(TestContext.CancellationToken)).Value);
    }
}
