using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MatTran.Api.UnitPortal;

/// <summary>
/// The server-rendered shell of the unit portal: the markup is <c>wwwroot/unit-portal/unit-portal.html</c> (embedded),
/// with <c>{{name}}</c> holes filled here. It never contains the token nor anything read with it: the script takes
/// <c>t</c> from the address bar and asks the API, so a bad link still gets a readable page (HTTP 200) that then says
/// the link is invalid.
/// </summary>
public static partial class UnitPortalPage
{
    private const string TemplateResource = "MatTran.Api.UnitPortal.unit-portal.html";

    private static readonly string s_template = LoadTemplate();

    /// <param name="inspectionId">From the route; shown and used by the script, HTML-encoded here.</param>
    /// <param name="pathBase">Where the app is mounted (usually empty), so the script finds the API behind a prefix too.</param>
    public static string Render(string inspectionId, string pathBase)
    {
        var html = HtmlEncoder.Default;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["inspectionId"] = html.Encode(inspectionId),
            ["apiBase"] = html.Encode(pathBase.TrimEnd('/') + "/api/"),
            ["assets"] = html.Encode(pathBase.TrimEnd('/') + "/units/assets/"),
            ["scriptFileName"] = UnitPortalAssets.ScriptFileName,
            ["scriptVersion"] = UnitPortalAssets.Version(UnitPortalAssets.ScriptFileName),
            ["styleFileName"] = UnitPortalAssets.StyleFileName,
            ["styleVersion"] = UnitPortalAssets.Version(UnitPortalAssets.StyleFileName),
            ["loading"] = UnitPortalTexts.Loading,
            // The default encoder escapes <, >, & and quotes as \uXXXX, so no text can close the JSON block early.
            ["texts"] = JsonSerializer.Serialize(UnitPortalTexts.ForScript()),
        };

        // One pass over the template, so a value that itself looks like a hole is never filled in turn.
        return Hole().Replace(s_template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"The unit portal page has a hole '{match.Value}' nothing fills."));
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Hole();

    private static string LoadTemplate()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException("The unit portal's page template is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
