namespace MatTran.Inspections.Plans;

/// <summary>Kế hoạch kiểm tra năm: the yearly programme issued by a standing board.</summary>
/// <param name="Number">Number and symbol, e.g. "325/KH-MTTQ-BTT".</param>
/// <param name="Topics">Nội dung kiểm tra; findings are recorded against these.</param>
/// <param name="Targets">The programme's % targets (chỉ tiêu), e.g. 90% of the communes rated "tốt trở lên".</param>
public sealed record AnnualPlan(
    string Id,
    string Number,
    int Year,
    string IssuerUnitId,
    string Title,
    IReadOnlyList<string> Topics,
    IReadOnlyList<PlannedInspection> Inspections,
    PlanStatus Status = PlanStatus.Draft,
    IReadOnlyList<PlanTarget>? Targets = null);
