using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>A remediation item with the plan and unit it belongs to (for authorising the unit's link).</summary>
public sealed record RemediationRecord(RemediationItem Item, string PlanId, string UnitId);
