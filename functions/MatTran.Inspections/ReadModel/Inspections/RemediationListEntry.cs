using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>One remediation item in the list across plans, with the plan, its issuing committee and the inspected unit.</summary>
public sealed record RemediationListEntry(RemediationItem Item, string PlanId, string IssuerUnitId, string InspectedUnitId);
