using System.Text;
using MatTran.AzureStorage.Queues;

namespace MatTran.AzureStorage.Tests.Queues;

[TestClass]
public sealed class QueueEncodingTests
{
    private const string Vietnamese = "Ủy ban MTTQ huyện Hòa An — kế hoạch 325/KH-MTTQ-BTT";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Default_encoding_puts_base64_on_the_wire_as_the_functions_trigger_expects()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);
        var raw = new QueueClient(queue.Uri, Emulators.Connection.Credential!, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

        await queue.SendMessageAsync(Vietnamese, cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual(QueueMessageEncoding.Base64, queue.MessageEncoding);
        var onTheWire = (await raw.PeekMessagesAsync(1, TestContext.CancellationToken)).Value.Single();
        Assert.AreEqual(Convert.ToBase64String(Encoding.UTF8.GetBytes(Vietnamese)), onTheWire.MessageText);
    }

    [TestMethod]
    public async Task Vietnamese_text_round_trips_through_base64()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);

        await queue.SendMessageAsync(Vietnamese, cancellationToken: TestContext.CancellationToken);

        var peeked = (await queue.PeekMessagesAsync(1, TestContext.CancellationToken)).Value.Single();
        var received = (await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value.Single();
        Assert.AreEqual(Vietnamese, peeked.MessageText);
        Assert.AreEqual(Vietnamese, received.MessageText);
        CollectionAssert.AreEqual(Encoding.UTF8.GetBytes(Vietnamese), received.Body.ToArray());
    }

    [TestMethod]
    public async Task Unencoded_text_with_xml_special_characters_is_escaped_and_round_trips()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken, options);
        const string text = "<instance id=\"a&b\"> 'Hòa An' </instance>";

        await queue.SendMessageAsync(text, cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual(text, (await queue.ReceiveMessagesAsync(cancellationToken: TestContext.CancellationToken)).Value.Single().MessageText);
    }

    [TestMethod]
    public async Task Base64_client_refuses_to_misread_a_message_that_is_not_base64()
    {
        var queue = await QueueTestQueue.CreateAsync(TestContext.CancellationToken);
        var raw = new QueueClient(queue.Uri, Emulators.Connection.Credential!, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await raw.SendMessageAsync("plain text!", cancellationToken: TestContext.CancellationToken);

        var e = await Assert.ThrowsExactlyAsync<FormatException>(() => queue.PeekMessagesAsync(1, TestContext.CancellationToken));

        StringAssert.Contains(e.Message, "not base64");
    }
}
