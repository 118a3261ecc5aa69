using System.Text;
using System.Text.RegularExpressions;

namespace MatTran.Web.Pages.Development;

/// <summary>
/// The plain-text body of an archived .eml as the API's archive writes it (multipart/alternative, base64 UTF-8 parts),
/// and the links in it, for the Development mailbox to show an email in place.
/// </summary>
public static partial class MailText
{
    public static string PlainBody(string eml)
    {
        var part = TextPart().Match(eml);
        if (!part.Success)
        {
            return eml;
        }

        string body = part.Groups["body"].Value;
        if (part.Groups["encoding"].Value.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s+", string.Empty)));
        }

        return body;
    }

    /// <summary>The body split into text and links, in order, so links render as anchors.</summary>
    public static IEnumerable<(string Text, bool IsLink)> Segments(string body)
    {
        int at = 0;
        foreach (Match link in Link().Matches(body))
        {
            yield return (body[at..link.Index], false);
            yield return (link.Value, true);
            at = link.Index + link.Length;
        }

        yield return (body[at..], false);
    }

    [GeneratedRegex(@"Content-Type:\s*text/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*?Content-Transfer-Encoding:\s*(?<encoding>\S+)\r?\n(?:[^\r\n]+\r?\n)*\r?\n(?<body>[\s\S]*?)\r?\n--", RegexOptions.IgnoreCase)]
    private static partial Regex TextPart();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();
}
