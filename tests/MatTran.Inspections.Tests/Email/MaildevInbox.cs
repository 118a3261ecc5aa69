using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MatTran.Inspections.Tests.Email;

/// <summary>Reads what maildev received through its REST API (<c>GET /email</c>).</summary>
internal sealed class MaildevInbox(Uri webUri) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = webUri };

    /// <summary>All emails addressed to <paramref name="address"/>, waiting briefly for SMTP delivery to finish.</summary>
    public async Task<IReadOnlyList<MaildevEmail>> ForAsync(string address, int expectedAtLeast, CancellationToken cancellationToken)
    {
        // maildev stores a message after the SMTP transaction ends; poll a little instead of assuming it is instant.
        for (int attempt = 0; ; attempt++)
        {
            var all = await _http.GetFromJsonAsync<List<MaildevEmail>>("email", cancellationToken) ?? [];
            var mine = all.Where(e => e.To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
            if (mine.Count >= expectedAtLeast || attempt == 50)
            {
                return mine;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record MaildevEmail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<MaildevAddress> To,
    [property: JsonPropertyName("from")] IReadOnlyList<MaildevAddress> From,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("headers")] Dictionary<string, JsonElement> Headers)
{
    public string? Header(string name) =>
        Headers.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

internal sealed record MaildevAddress(
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("name")] string? Name);
