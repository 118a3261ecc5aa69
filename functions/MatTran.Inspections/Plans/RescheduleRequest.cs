namespace MatTran.Inspections.Plans;

/// <summary>Body of <c>POST /api/inspections/{id}/reschedule</c>.</summary>
public sealed record RescheduleRequest(DateOnly VisitDate, string Reason);
