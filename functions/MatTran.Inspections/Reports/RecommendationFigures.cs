using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.Reports;

/// <summary>
/// Recommendations (one remediation item each): by status, the share accepted (remediation rate), the share overdue
/// as of the report's day, and by addressee.
/// </summary>
public sealed record RecommendationFigures(
    int Total, IReadOnlyDictionary<RemediationStatus, int> ByStatus, Share Accepted, Share Overdue, IReadOnlyList<AddresseeFigures> ByAddressee);
