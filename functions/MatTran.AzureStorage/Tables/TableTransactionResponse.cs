using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Tables;

/// <summary>One operation's response inside a <c>$batch</c> response: status, headers (ETag) and body.</summary>
internal sealed class TableTransactionResponse : Response
{
    private readonly List<HttpHeader> _headers;

    public TableTransactionResponse(int status, string reasonPhrase, List<HttpHeader> headers, byte[] body, string clientRequestId)
    {
        Status = status;
        ReasonPhrase = reasonPhrase;
        _headers = headers;
        ContentStream = new MemoryStream(body, writable: false);
        ClientRequestId = clientRequestId;
    }

    public override int Status { get; }

    public override string ReasonPhrase { get; }

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; }

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers;

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = _headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        bool found = TryGetHeader(name, out string? value);
        values = found ? value!.Split(',') : null;
        return found;
    }
}
