using System.Text;
using System.Text.RegularExpressions;

namespace MatTran.Inspections.Tests.Email;

/// <summary>Just enough MIME reading to check an archived .eml from the outside.</summary>
internal static partial class MimeDecoding
{
    [GeneratedRegex(@"=\?utf-8\?B\?([A-Za-z0-9+/=]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    /// <summary>Header value with folding undone and encoded words decoded (whitespace between adjacent words dropped, per RFC 2047).</summary>
    public static string Header(string eml, string name)
    {
        string headers = eml[..eml.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        string unfolded = Regex.Replace(headers, "\r\n[ \t]", " ");
        string line = unfolded.Split("\r\n").Single(l => l.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase));
        string value = line[(name.Length + 2)..];
        value = Regex.Replace(value, @"\?=\s+=\?", "?==?");
        return EncodedWord().Replace(value, m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));
    }

    /// <summary>The decoded body of the part with this media type.</summary>
    public static string Part(string eml, string mediaType)
    {
        int start = eml.IndexOf("Content-Type: " + mediaType, StringComparison.Ordinal);
        int bodyStart = eml.IndexOf("\r\n\r\n", start, StringComparison.Ordinal) + 4;
        int end = eml.IndexOf("\r\n--", bodyStart, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(eml[bodyStart..end].Replace("\r\n", "")));
    }
}
