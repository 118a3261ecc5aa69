using System.Text.Json;

namespace MatTran.Web.Tests.UnitPortal;

/// <summary>
/// The unit page's Vietnamese texts as the web app ships them (<c>wwwroot/units/unit-portal-texts.json</c>, copied to
/// the test output), so the tests expect exactly what the page shows.
/// </summary>
internal static class PortalTexts
{
    public const string FileName = "unit-portal-texts.json";

    public static JsonElement All { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FileName))).RootElement.Clone();

    public static string Message(string key) => All.GetProperty("messages").GetProperty(key).GetString()!;

    /// <summary>A text worded for one kind of engagement (giám sát, phúc tra …): <c>kind:Inspection</c>'s <paramref name="key"/>.</summary>
    public static string ForKind(string kind, string key) => All.GetProperty("kind:" + kind).GetProperty(key).GetString()!;

    public static string InvalidLink => Message("invalidLink");

    public static string FeedbackSent => Message("feedbackSent");

    public static string RemediationSent => Message("remediationSent");

    public static string RenewalSent => Message("renewalSent");
}
