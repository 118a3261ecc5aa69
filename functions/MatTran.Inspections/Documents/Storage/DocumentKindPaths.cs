namespace MatTran.Inspections.Documents.Storage;

/// <summary>Path segments for kinds: lower-case and stable, since they are part of every stored document's name.</summary>
public static class DocumentKindPaths
{
    public static string Segment(DocumentKind kind) => kind switch
    {
        DocumentKind.TeamDecision => "team-decision",
        DocumentKind.Notice => "notice",
        DocumentKind.SelfReport => "self-report",
        DocumentKind.DraftReport => "draft-report",
        DocumentKind.UnitFeedback => "unit-feedback",
        DocumentKind.Conclusion => "conclusion",
        DocumentKind.RemediationReport => "remediation-report",
        DocumentKind.AnnualPlan => "annual-plan",
        DocumentKind.YearEndReport => "year-end-report",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string segment, out DocumentKind kind)
    {
        foreach (var candidate in Enum.GetValues<DocumentKind>())
        {
            if (Segment(candidate) == segment)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
