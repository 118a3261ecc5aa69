using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>How one inspection ended; the plan's year-end summary is built from these.</summary>
/// <param name="FinalStage">Closed or Cancelled.</param>
/// <param name="RemediationsAccepted">Recommendations whose remediation the team accepted.</param>
/// <param name="RemediationsOverdue">Recommendations still unremedied when their escalation came.</param>
public sealed record InspectionOutcome(
    string InspectionId,
    string UnitId,
    InspectionKind Kind,
    InspectionStage FinalStage,
    Rating? Rating,
    int Recommendations,
    int RemediationsAccepted,
    int RemediationsOverdue,
    string? FollowUpInspectionId);
