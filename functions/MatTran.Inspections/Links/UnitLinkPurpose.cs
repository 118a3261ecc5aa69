namespace MatTran.Inspections.Links;

/// <summary>What a unit may do with a link; a link for one purpose does not open another.</summary>
public enum UnitLinkPurpose
{
    SelfReportUpload,
    Feedback,
    RemediationReport,
    ViewConclusion,
}
