using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MatTran.Api.DevMailbox;

/// <summary>
/// Reads the header block of an .eml as the archive writes it (RFC 5322 folding, RFC 2047 encoded words for
/// Vietnamese text), enough to list a mailbox: recipients, subject, date, Message-ID.
/// </summary>
public static partial class EmlHeaderReader
{
    [GeneratedRegex(@"\r?\n[ \t]+")]
    private static partial Regex Folding();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex SpaceBetweenEncodedWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"<([^<>\s]+@[^<>\s]+)>")]
    private static partial Regex AngleAddress();

    public static ArchivedEmailHeaders Read(string eml)
    {
        ArgumentNullException.ThrowIfNull(eml);
        int end = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        string block = Folding().Replace(end >= 0 ? eml[..end] : eml, " ");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in block.Split('\n'))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        string Header(string name) => headers.TryGetValue(name, out var value) ? value : string.Empty;
        string to = Header("To");
        var addresses = AngleAddress().Matches(to).Select(m => m.Groups[1].Value).ToList();
        if (addresses.Count == 0 && to.Length > 0)
        {
            addresses.AddRange(to.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return new ArchivedEmailHeaders(addresses, Decode(Header("Subject")), ParseDate(Header("Date")), Header("Message-ID"));
    }

    /// <summary>RFC 2047: encoded words decoded; whitespace between two adjacent encoded words dropped.</summary>
    public static string Decode(string text)
    {
        string joined = SpaceBetweenEncodedWords().Replace(text, "?==?");
        return EncodedWord().Replace(joined, match =>
        {
            var encoding = Encoding.GetEncoding(match.Groups[1].Value);
            string payload = match.Groups[3].Value;
            byte[] bytes = char.ToUpperInvariant(match.Groups[2].Value[0]) == 'B'
                ? Convert.FromBase64String(payload)
                : QuotedPrintableWord(payload);
            return encoding.GetString(bytes);
        });
    }

    private static byte[] QuotedPrintableWord(string payload)
    {
        var bytes = new List<byte>(payload.Length);
        for (int i = 0; i < payload.Length; i++)
        {
            if (payload[i] == '=' && i + 2 < payload.Length &&
                byte.TryParse(payload.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out byte value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.Add(payload[i] == '_' ? (byte)' ' : (byte)payload[i]);
            }
        }

        return [.. bytes];
    }

    /// <summary>"Sun, 22 Nov 2026 08:00:00 +0700" (the archive's format); null when absent or unreadable.</summary>
    private static DateTimeOffset? ParseDate(string text)
    {
        int space = text.LastIndexOf(' ');
        if (space < 0 || text.Length - space != 6)
        {
            return null;
        }

        string offset = text[(space + 1)..];
        string normalised = text[..space] + " " + offset[..3] + ":" + offset[3..];
        return DateTimeOffset.TryParseExact(normalised, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
