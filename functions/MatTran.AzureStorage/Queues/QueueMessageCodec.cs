using System.Text;

namespace MatTran.AzureStorage.Queues;

/// <summary>Turns message text into the wire form of the configured encoding and back.</summary>
internal static class QueueMessageCodec
{
    public static string Encode(string messageText, QueueMessageEncoding encoding) =>
        encoding == QueueMessageEncoding.Base64
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(messageText))
            : messageText;

    public static BinaryData Decode(string wireText, string messageId, QueueMessageEncoding encoding)
    {
        if (encoding == QueueMessageEncoding.None)
        {
            return BinaryData.FromString(wireText);
        }

        var bytes = new byte[wireText.Length];
        if (!Convert.TryFromBase64String(wireText, bytes, out int written))
        {
            // Written by something that did not base64-encode it; reading it as text would hand the caller garbage.
            throw new FormatException(
                $"Queue message {messageId} is not base64 although the client expects Base64 encoding; " +
                "read it with QueueClientOptions.MessageEncoding = None.");
        }

        return BinaryData.FromBytes(bytes.AsMemory(0, written));
    }
}
