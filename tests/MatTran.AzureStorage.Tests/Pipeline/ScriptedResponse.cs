using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;

namespace MatTran.AzureStorage.Tests.Pipeline;

/// <summary>A response handed back by <see cref="ScriptedTransport"/>: a status, headers and an optional body.</summary>
internal sealed class ScriptedResponse : Response
{
    private readonly Dictionary<string, List<string>> _headers = new(StringComparer.OrdinalIgnoreCase);

    public ScriptedResponse(int status, string? body = null)
    {
        Status = status;
        ContentStream = body is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(body));
    }

    public override int Status { get; }

    public override string ReasonPhrase => Status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = string.Empty;

    public ScriptedResponse WithHeader(string name, string value)
    {
        if (!_headers.TryGetValue(name, out var values))
        {
            _headers[name] = values = [];
        }

        values.Add(value);
        return this;
    }

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
        _headers.Select(h => new HttpHeader(h.Key, string.Join(',', h.Value)));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = _headers.TryGetValue(name, out var values) ? string.Join(',', values) : null;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = _headers.TryGetValue(name, out var list) ? list : null;
        return values is not null;
    }
}
