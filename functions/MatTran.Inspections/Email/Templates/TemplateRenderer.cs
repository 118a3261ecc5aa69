using System.Text;
using System.Text.RegularExpressions;

namespace MatTran.Inspections.Email.Templates;

/// <summary>
/// Fills <c>{{name}}</c> placeholders. The text rendering inserts values as they are; the HTML rendering encodes
/// template text and values separately (so a unit name with "&lt;" cannot inject markup), turns blank-line-separated
/// blocks into paragraphs and link values into anchors.
/// </summary>
public static partial class TemplateRenderer
{
    [GeneratedRegex(@"\{\{([A-Za-z][A-Za-z0-9]*)\}\}")]
    private static partial Regex Placeholder();

    public static IReadOnlyList<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public static string RenderText(string template, EmailTemplateValues values)
    {
        EnsureComplete(template, values);
        return Placeholder().Replace(template, m => values.Values[m.Groups[1].Value]);
    }

    public static string RenderHtmlFragment(string template, EmailTemplateValues values)
    {
        EnsureComplete(template, values);
        var html = new StringBuilder();
        foreach (string block in template.Split("\n\n"))
        {
            html.Append("<p>");
            int position = 0;
            foreach (Match match in Placeholder().Matches(block))
            {
                html.Append(EncodeLiteral(block[position..match.Index]));
                string name = match.Groups[1].Value;
                string value = HtmlText.Encode(values.Values[name]);
                html.Append(values.IsLink(name) ? $"<a href=\"{value}\">{value}</a>" : value);
                position = match.Index + match.Length;
            }

            html.Append(EncodeLiteral(block[position..])).Append("</p>\n");
        }

        return html.ToString();
    }

    private static string EncodeLiteral(string literal) => HtmlText.Encode(literal).Replace("\n", "<br>\n");

    private static void EnsureComplete(string template, EmailTemplateValues values)
    {
        var missing = PlaceholdersOf(template).Where(name => !values.Values.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new MissingPlaceholderException(missing);
        }
    }
}
