namespace MatTran.Inspections.Links;

/// <summary>
/// Which email a link was minted for. It grants nothing by itself: any link of the unit for its inspection opens that
/// inspection's page and every request its current stage takes (the API checks the stage), so last week's notice
/// link still answers the draft. Kept in the token to tell the links apart (and for a renewal, which keeps it).
/// </summary>
public enum UnitLinkPurpose
{
    SelfReportUpload,
    Feedback,
    RemediationReport,
    ViewConclusion,
}
