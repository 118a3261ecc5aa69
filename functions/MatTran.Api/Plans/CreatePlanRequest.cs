namespace MatTran.Api.Plans;

public sealed record CreatePlanRequest(
    string? Number,
    int Year,
    string? IssuerUnitId,
    string? Title,
    IReadOnlyList<string>? Topics,
    IReadOnlyList<PlannedInspectionRequest>? Inspections,
    IReadOnlyList<PlanTargetRequest?>? Targets = null);
