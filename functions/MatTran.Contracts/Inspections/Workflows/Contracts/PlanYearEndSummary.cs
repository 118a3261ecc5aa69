using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Tổng kết năm: what the plan's inspections came to, stored on the plan when it completes.</summary>
/// <param name="Inspections">Every planned inspection, including <paramref name="Failed"/> ones.</param>
/// <param name="Ratings">How many units got each rating.</param>
/// <param name="Failed">Inspections whose workflow failed rather than closing or being cancelled (to be looked into).</param>
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
    DateTime CompletedAt,
    int Failed = 0);
