using MatTran.Inspections.Audit;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// Everything <c>GET /api/inspections/{id}</c> shows, read from the read model (never from orchestration history).
/// </summary>
/// <param name="Schedule">Deadlines fixed by the visit date; null until the orchestration has scheduled it.</param>
/// <param name="FeedbackWindow">The unit's feedback deadline for the latest draft.</param>
/// <param name="ApprovalWindow">The supervisor's reminder and escalation for the latest submission.</param>
/// <param name="Drafts">Every draft revision, oldest first, with its findings.</param>
/// <param name="Feedback">The unit's feedback on the drafts, oldest first.</param>
/// <param name="Audit">Oldest first.</param>
public sealed record InspectionDetails(
    InspectionSummary Summary,
    CoveredPeriod CoveredPeriod,
    string TeamLead,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> SiteVisits,
    InspectionSchedule? Schedule,
    WindowSchedule? FeedbackWindow,
    WindowSchedule? ApprovalWindow,
    IReadOnlyList<InspectionDocument> Documents,
    IReadOnlyList<DraftReportView> Drafts,
    IReadOnlyList<UnitFeedback> Feedback,
    ConclusionView? Conclusion,
    Rating? Rating,
    IReadOnlyList<RemediationItem> Remediations,
    string? FollowUpInspectionId,
    string? CancelReason,
    IReadOnlyList<AuditEntry> Audit);
