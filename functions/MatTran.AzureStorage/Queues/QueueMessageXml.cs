using System.Globalization;
using System.Xml.Linq;

namespace MatTran.AzureStorage.Queues;

/// <summary>The XML bodies of Put/Get/Peek/Update Message, per the Queue service REST reference.</summary>
internal static class QueueMessageXml
{
    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    /// <summary><c>&lt;QueueMessage&gt;&lt;MessageText&gt;…&lt;/MessageText&gt;&lt;/QueueMessage&gt;</c>, text XML-escaped.</summary>
    public static BinaryData MessageBody(string wireText) =>
        BinaryData.FromString(XmlDeclaration +
            new XElement("QueueMessage", new XElement("MessageText", wireText)).ToString(SaveOptions.DisableFormatting));

    public static SendReceipt ParseSendReceipt(BinaryData body)
    {
        var message = Messages(body).FirstOrDefault()
            ?? throw new FormatException("Put Message returned no QueueMessage element.");
        return new SendReceipt(
            Required(message, "MessageId"),
            Required(message, "PopReceipt"),
            Time(message, "InsertionTime") ?? default,
            Time(message, "ExpirationTime") ?? default,
            Time(message, "TimeNextVisible") ?? default);
    }

    public static QueueMessage[] ParseReceived(BinaryData body, QueueMessageEncoding encoding) =>
        Messages(body).Select(m =>
        {
            string id = Required(m, "MessageId");
            return new QueueMessage(
                id,
                Required(m, "PopReceipt"),
                QueueMessageCodec.Decode(m.Element("MessageText")?.Value ?? string.Empty, id, encoding),
                DequeueCount(m),
                Time(m, "InsertionTime"),
                Time(m, "ExpirationTime"),
                Time(m, "TimeNextVisible"));
        }).ToArray();

    public static PeekedMessage[] ParsePeeked(BinaryData body, QueueMessageEncoding encoding) =>
        Messages(body).Select(m =>
        {
            string id = Required(m, "MessageId");
            return new PeekedMessage(
                id,
                QueueMessageCodec.Decode(m.Element("MessageText")?.Value ?? string.Empty, id, encoding),
                DequeueCount(m),
                Time(m, "InsertionTime"),
                Time(m, "ExpirationTime"));
        }).ToArray();

    private static IEnumerable<XElement> Messages(BinaryData body) =>
        body.ToMemory().IsEmpty
            ? []
            : XDocument.Parse(body.ToString()).Root?.Elements("QueueMessage") ?? [];

    private static string Required(XElement message, string name) =>
        message.Element(name)?.Value ?? throw new FormatException($"Queue message response lacks <{name}>.");

    private static long DequeueCount(XElement message) =>
        message.Element("DequeueCount")?.Value is { } count ? long.Parse(count, CultureInfo.InvariantCulture) : 0;

    internal static DateTimeOffset? Time(XElement message, string name) =>
        message.Element(name)?.Value is { Length: > 0 } value ? ParseHttpDate(value) : null;

    internal static DateTimeOffset ParseHttpDate(string value) =>
        DateTimeOffset.ParseExact(value, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
