using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;

namespace MatTran.Functions.Plans;

public sealed record PlanResponse(
    string Id,
    string Number,
    int Year,
    string IssuerUnitId,
    string Title,
    IReadOnlyList<string> Topics,
    PlanStatus Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<PlanInspectionResponse> Inspections)
{
    public static PlanResponse From(StoredPlan plan) => new(
        plan.Id,
        plan.Number,
        plan.Year,
        plan.IssuerUnitId,
        plan.Title,
        plan.Topics,
        plan.Status,
        plan.CreatedBy,
        plan.CreatedAt,
        plan.ApprovedBy,
        plan.ApprovedAt,
        [.. plan.Inspections.Select(i => new PlanInspectionResponse(
            i.Id,
            i.Planned.UnitId,
            i.Planned.Kind,
            i.Planned.VisitDate,
            new CoveredPeriodRequest(i.Planned.CoveredPeriod.From, i.Planned.CoveredPeriod.To),
            i.Planned.TeamLead,
            i.Planned.Members,
            i.Planned.SiteVisits,
            i.Stage))]);
}
