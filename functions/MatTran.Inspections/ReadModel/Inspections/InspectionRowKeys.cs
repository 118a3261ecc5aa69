using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// Row keys inside an inspection's partition. Each is derived from the step that writes it (never from the clock at
/// write time), so a redelivered step writes the same rows again instead of new ones. Prefixes group the kinds, and
/// zero-padded numbers make the table's key order the display order.
/// </summary>
internal static class InspectionRowKeys
{
    public const string Summary = "summary";
    public const string DraftPrefix = "draft|";
    public const string FeedbackPrefix = "feedback|";
    public const string DocumentPrefix = "document|";
    public const string RemediationPrefix = "remediation|";
    public const string AuditPrefix = "audit|";
    public const string StepPrefix = "step|";

    public static string Draft(int revision) => DraftPrefix + revision.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>In time order within a revision; the step's hash keeps two feedbacks recorded at the same moment apart.</summary>
    public static string Feedback(int revision, DateTimeOffset at, string stepKey) =>
        FeedbackPrefix + revision.ToString("D3", CultureInfo.InvariantCulture) + "|" + at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) +
        "|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stepKey)).AsSpan(0, 8));

    /// <summary>Document ids hold only letters, digits, '-', '_' and '.', which keys accept.</summary>
    public static string Document(string documentId) => DocumentPrefix + documentId;

    public static string Remediation(string remediationId) => RemediationPrefix + remediationId;

    /// <summary>
    /// "audit|s{sequence:D10}|{index:D3}": in the order the lines were recorded. The sequence is the summary's
    /// <c>Version</c> written in the same transaction (each change bumps it under the summary's ETag), so it is the
    /// order in which the inspection's steps — its workflow's, and its remediations' — were actually applied, which is
    /// their causal order even when several share one plan instant; the index orders the lines of one step. Rows of
    /// the earlier "audit|{ticks}|{hash}" form sort before every "audit|s…" row, as they were written before.
    /// </summary>
    public static string Audit(int sequence, int index) =>
        AuditPrefix + "s" + sequence.ToString("D10", CultureInfo.InvariantCulture) + "|" + index.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>
    /// "step|{hash}": the marker a step leaves in the same transaction as its change. Its presence is what makes a
    /// redelivered step a no-op, whether or not the step writes audit lines.
    /// </summary>
    public static string Step(string stepKey) =>
        StepPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stepKey)).AsSpan(0, 16));

    /// <summary>The first key after every key starting with <paramref name="prefix"/> (prefixes end with '|').</summary>
    public static string End(string prefix) => prefix[..^1] + "}";
}
