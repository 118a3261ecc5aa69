using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MatTran.YearScenario;

/// <summary>Every message maildev received, through its REST API (<c>GET /email</c>).</summary>
internal sealed partial class MaildevMessages(Uri webUri) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = webUri, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<IReadOnlyList<Message>> AllAsync(CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<List<Message>>("email", cancellationToken) ?? [];

    /// <summary>The signed token of the first unit link in a message's text, or null when it has none.</summary>
    public static string? LinkToken(Message message)
    {
        var match = TokenPattern().Match(message.Text ?? string.Empty);
        return match.Success ? Uri.UnescapeDataString(match.Groups["t"].Value) : null;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex(@"[?&]t=(?<t>[A-Za-z0-9_\-.%]+)")]
    private static partial Regex TokenPattern();

    internal sealed record Message(
        [property: JsonPropertyName("messageId")] string? MessageId,
        [property: JsonPropertyName("subject")] string Subject,
        [property: JsonPropertyName("to")] IReadOnlyList<Address> To,
        [property: JsonPropertyName("text")] string? Text)
    {
        public bool IsTo(string address) => To.Any(t => string.Equals(t.Email, address, StringComparison.OrdinalIgnoreCase));
    }

    internal sealed record Address([property: JsonPropertyName("address")] string Email);
}
