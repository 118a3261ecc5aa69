using Azure.Core;

namespace MatTran.AzureStorage.Tests.Pipeline;

/// <summary>A snapshot of one request as it left the pipeline: what the service would have received.</summary>
internal sealed record CapturedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public static CapturedRequest From(Request request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpHeader header in request.Headers)
        {
            headers[header.Name] = header.Value;
        }

        using var body = new MemoryStream();
        request.Content?.WriteTo(body, CancellationToken.None);
        return new CapturedRequest(request.Method.Method, request.Uri.ToUri(), headers, body.ToArray());
    }
}
