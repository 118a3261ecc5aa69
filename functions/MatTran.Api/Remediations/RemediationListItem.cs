using MatTran.Inspections.Remediation;

namespace MatTran.Api.Remediations;

/// <summary>One item of <c>GET /api/remediations</c>: the item, where it comes from, and whether it is overdue today.</summary>
public sealed record RemediationListItem(RemediationItem Item, string PlanId, string IssuerUnitId, string InspectedUnitId, string InspectedUnitName, bool Overdue);
