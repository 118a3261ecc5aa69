using System.Globalization;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Email.Templates;

/// <summary>
/// Values for a template's placeholders, formatted on the way in (dates dd/MM/yyyy) so no template can print a date
/// any other way.
/// </summary>
public sealed class EmailTemplateValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _links = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public EmailTemplateValues Set(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        // Every value of every email passes here: one that MIME or HTML could not carry faithfully is a bug upstream.
        _values[name] = TextRules.RequireStorable(value, "Email value " + name);
        return this;
    }

    public EmailTemplateValues Set(string name, DateOnly date) =>
        Set(name, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    public EmailTemplateValues Set(string name, int number) => Set(name, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>An absolute link; the HTML body makes it clickable, the text body prints it whole.</summary>
    public EmailTemplateValues Link(string name, Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsAbsoluteUri || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Email links must be absolute http(s) URLs.", nameof(link));
        }

        _links.Add(name);
        return Set(name, link.AbsoluteUri);
    }

    public bool IsLink(string name) => _links.Contains(name);
}
