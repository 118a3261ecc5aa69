namespace MatTran.Inspections.Audit;

/// <summary>One line of the audit trail: who did what, when, to which plan or inspection.</summary>
/// <param name="Actor">User name, "unit:{unitId}" for a signed-link user, or "system" for timers.</param>
/// <param name="Details">Short free text (reason, comment, document number).</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, AuditAction Action, string PlanId, string? InspectionId, string? Details);
