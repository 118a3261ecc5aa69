namespace MatTran.Inspections.Documents.Storage;

/// <summary>What a stored file is in the inspection's life; the third segment of its blob path.</summary>
public enum DocumentKind
{
    TeamDecision,
    Notice,
    SelfReport,
    DraftReport,
    UnitFeedback,
    Conclusion,
    RemediationReport,
}
