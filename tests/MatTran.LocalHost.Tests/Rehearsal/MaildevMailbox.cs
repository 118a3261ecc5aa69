using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace MatTran.LocalHost.Tests.Rehearsal;

/// <summary>What the test's maildev received, through its REST API (<c>GET /email</c>), read by recipient.</summary>
internal sealed partial class MaildevMailbox(Uri webUri) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = webUri };

    public async Task<IReadOnlyList<ReceivedEmail>> ToAsync(string address, CancellationToken cancellationToken)
    {
        var all = await _http.GetFromJsonAsync<List<ReceivedEmail>>("email", cancellationToken) ?? [];
        return [.. all.Where(e => e.To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>
    /// Waits until <paramref name="address"/> has an email whose subject contains <paramref name="subjectPart"/>: the
    /// workflow sends it from an activity after the clock moved, so it arrives a little later.
    /// </summary>
    public async Task<ReceivedEmail> WaitForAsync(string address, string subjectPart, CancellationToken cancellationToken)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(200, cancellationToken))
        {
            var found = (await ToAsync(address, cancellationToken)).FirstOrDefault(e => e.Subject.Contains(subjectPart, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow - started > TimeSpan.FromSeconds(120))
            {
                var subjects = (await ToAsync(address, cancellationToken)).Select(e => e.Subject);
                Assert.Fail($"No email to {address} with '{subjectPart}' in its subject. It has: {string.Join(" | ", subjects)}");
            }
        }
    }

    /// <summary>The signed token of the first unit link in the email's text body.</summary>
    public static string LinkToken(ReceivedEmail email)
    {
        var match = TokenPattern().Match(email.Text ?? string.Empty);
        Assert.IsTrue(match.Success, $"No signed link in: {email.Text}");
        return Uri.UnescapeDataString(match.Groups["t"].Value);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex(@"[?&]t=(?<t>[A-Za-z0-9_\-.%]+)")]
    private static partial Regex TokenPattern();
}
