using System.Globalization;
using Azure;
using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Queues;

/// <summary>
/// One queue (stands in for Azure.Storage.Queues.QueueClient). Message text is base64-encoded on the wire unless
/// <see cref="QueueClientOptions.MessageEncoding"/> says otherwise. Thread-safe.
/// </summary>
public sealed class QueueClient
{
    private const string MetadataPrefix = "x-ms-meta-";
    private readonly QueueClientContext _context;

    public QueueClient(string connectionString, string queueName, QueueClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(queueName);
        (_context, var serviceUri) = QueueClientContext.FromConnectionString(connectionString, options);
        Name = queueName;
        Uri = ChildUri(serviceUri, queueName);
    }

    public QueueClient(Uri queueUri, StorageSharedKeyCredential credential, QueueClientOptions? options = null)
        : this(queueUri, LastSegment(queueUri),
            QueueClientContext.Create(StorageAuthentication.FromSharedKey(credential), credential.AccountName, options))
    {
    }

    public QueueClient(Uri queueUri, TokenCredential credential, QueueClientOptions? options = null)
        : this(queueUri, LastSegment(queueUri),
            QueueClientContext.Create(
                StorageAuthentication.FromToken(credential), StorageConnectionString.AccountNameFromEndpoint(queueUri), options))
    {
    }

    internal QueueClient(Uri uri, string name, QueueClientContext context)
    {
        Uri = uri;
        Name = name;
        _context = context;
    }

    public string Name { get; }

    public Uri Uri { get; }

    public string AccountName => _context.AccountName;

    public QueueMessageEncoding MessageEncoding => _context.MessageEncoding;

    private Uri MessagesUri => new(Uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/messages");

    /// <summary>Creates the queue; the response is null when it already existed (as with the SDK).</summary>
    public async Task<Response?> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Put, Uri);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 => response,
            // 204: exists with the same (empty) metadata; 409: exists with other metadata. Either way it exists.
            204 => null,
            409 when ErrorCode(response) == StorageErrorCodes.QueueAlreadyExists => null,
            _ => throw new RequestFailedException(response),
        };
    }

    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Delete, Uri);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            204 => Response.FromValue(true, response),
            404 => Response.FromValue(false, response),
            _ => throw new RequestFailedException(response),
        };
    }

    /// <summary>
    /// Put Message. <paramref name="visibilityTimeout"/> delays the first delivery (up to 7 days);
    /// <paramref name="timeToLive"/> defaults to 7 days, <c>TimeSpan.FromSeconds(-1)</c> means never expire.
    /// </summary>
    public async Task<Response<SendReceipt>> SendMessageAsync(
        string messageText, TimeSpan? visibilityTimeout = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        using var message = _context.CreateMessage(RequestMethod.Post, MessagesUri);
        AppendSeconds(message, "visibilitytimeout", visibilityTimeout);
        AppendSeconds(message, "messagettl", timeToLive);
        SetMessageBody(message, messageText);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 201)
        {
            throw new RequestFailedException(response);
        }

        return Response.FromValue(QueueMessageXml.ParseSendReceipt(response.Content), response);
    }

    /// <summary>
    /// Get Messages: up to <paramref name="maxMessages"/> (1–32, default 1) messages, each hidden from other
    /// receivers for <paramref name="visibilityTimeout"/> (default 30 s). Empty when nothing is visible.
    /// </summary>
    public async Task<Response<QueueMessage[]>> ReceiveMessagesAsync(
        int? maxMessages = null, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Get, MessagesUri);
        AppendCount(message, maxMessages);
        AppendSeconds(message, "visibilitytimeout", visibilityTimeout);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        return Response.FromValue(QueueMessageXml.ParseReceived(response.Content, _context.MessageEncoding), response);
    }

    /// <summary>Peek Messages: looks at up to <paramref name="maxMessages"/> visible messages without receiving them.</summary>
    public async Task<Response<PeekedMessage[]>> PeekMessagesAsync(int? maxMessages = null, CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Get, MessagesUri);
        message.Request.Uri.AppendQuery("peekonly", "true");
        AppendCount(message, maxMessages);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        return Response.FromValue(QueueMessageXml.ParsePeeked(response.Content, _context.MessageEncoding), response);
    }

    public async Task<Response> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = MessageRequest(RequestMethod.Delete, messageId, popReceipt);
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status == 204 ? response : throw new RequestFailedException(response);
    }

    /// <summary>
    /// Update Message: makes the message visible again after <paramref name="visibilityTimeout"/> (zero = now) and,
    /// when <paramref name="messageText"/> is not null, replaces its content. Use the returned pop receipt afterwards.
    /// </summary>
    public async Task<Response<UpdateReceipt>> UpdateMessageAsync(
        string messageId, string popReceipt, string? messageText = null, TimeSpan visibilityTimeout = default,
        CancellationToken cancellationToken = default)
    {
        using var message = MessageRequest(RequestMethod.Put, messageId, popReceipt);
        AppendSeconds(message, "visibilitytimeout", visibilityTimeout);
        if (messageText is not null)
        {
            SetMessageBody(message, messageText);
        }

        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 204)
        {
            throw new RequestFailedException(response);
        }

        string newReceipt = response.Headers.TryGetValue("x-ms-popreceipt", out var receipt)
            ? receipt
            : throw new RequestFailedException(response.Status, "Update Message response lacks x-ms-popreceipt.");
        var nextVisible = response.Headers.TryGetValue("x-ms-time-next-visible", out var time)
            ? QueueMessageXml.ParseHttpDate(time)
            : default;
        return Response.FromValue(new UpdateReceipt(newReceipt, nextVisible), response);
    }

    /// <summary>Get Queue Metadata: the approximate message count and the queue's metadata.</summary>
    public async Task<Response<QueueProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _context.CreateMessage(RequestMethod.Get, Uri);
        message.Request.Uri.AppendQuery("comp", "metadata");
        var response = await _context.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        int count = response.Headers.TryGetValue("x-ms-approximate-messages-count", out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : 0;
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpHeader header in response.Headers)
        {
            if (header.Name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[MetadataPrefix.Length..]] = header.Value;
            }
        }

        return Response.FromValue(new QueueProperties(count, metadata), response);
    }

    internal static Uri ChildUri(Uri serviceUri, string queueName)
    {
        ArgumentException.ThrowIfNullOrEmpty(queueName);
        return new Uri(serviceUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + Uri.EscapeDataString(queueName));
    }

    private static string LastSegment(Uri uri) => Uri.UnescapeDataString(uri.AbsolutePath.TrimEnd('/').Split('/')[^1]);

    private HttpMessage MessageRequest(RequestMethod method, string messageId, string popReceipt)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var message = _context.CreateMessage(method, new Uri(MessagesUri + "/" + Uri.EscapeDataString(messageId)));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt);
        return message;
    }

    private void SetMessageBody(HttpMessage message, string messageText)
    {
        message.Request.Headers.Add("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(
            QueueMessageXml.MessageBody(QueueMessageCodec.Encode(messageText, _context.MessageEncoding)));
    }

    private static void AppendSeconds(HttpMessage message, string name, TimeSpan? value)
    {
        if (value is { } span)
        {
            message.Request.Uri.AppendQuery(name, ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendCount(HttpMessage message, int? maxMessages)
    {
        if (maxMessages is { } count)
        {
            message.Request.Uri.AppendQuery("numofmessages", count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;
}
