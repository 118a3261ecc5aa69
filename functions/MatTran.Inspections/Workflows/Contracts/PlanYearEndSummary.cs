using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Tổng kết năm: what the plan's inspections came to, stored on the plan when it completes.</summary>
/// <param name="Ratings">How many units got each rating.</param>
public sealed record PlanYearEndSummary(
    string PlanId,
    int Inspections,
    int Closed,
    int Cancelled,
    int FollowUps,
    int Recommendations,
    int RemediationsAccepted,
    int RemediationsOverdue,
    IReadOnlyDictionary<Rating, int> Ratings,
    DateTime CompletedAt);
