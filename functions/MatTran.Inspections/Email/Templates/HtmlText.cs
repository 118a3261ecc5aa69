using System.Text;

namespace MatTran.Inspections.Email.Templates;

/// <summary>
/// Escapes only the five markup characters. WebUtility.HtmlEncode also turns Latin-1 letters (á, â, ê, ô …) into
/// numeric entities, which is valid but makes Vietnamese HTML unreadable in the archive and in mail sources.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
