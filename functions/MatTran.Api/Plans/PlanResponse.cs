using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Email.Archive;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Api.Plans;

/// <param name="FollowUps">Follow-up inspections (phúc tra) the plan's inspections led to, with their live stage.</param>
/// <param name="YearEndSummary">Tổng kết năm, once the plan has completed.</param>
/// <param name="Progress">The plan orchestration's live count of inspections closed, cancelled and running (null before launch).</param>
/// <param name="Rehearsal">How a rehearsed plan's clock runs; null for a plan in real time (or not launched).</param>
/// <param name="Targets">The programme's % targets, each with its wording.</param>
/// <param name="Documents">The plan's own documents: the annual plan (KH) once approved, the year-end report (BC) once completed.</param>
/// <param name="PlanTime">The plan's current time: real time, or for a rehearsal where its compressed clock stands now.</param>
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
    string? LaunchedBy,
    DateTimeOffset? LaunchedAt,
    IReadOnlyList<PlanInspectionResponse> Inspections,
    IReadOnlyList<InspectionSummary> FollowUps,
    PlanYearEndSummary? YearEndSummary,
    PlanProgress? Progress,
    RehearsalResponse? Rehearsal,
    DateTimeOffset PlanTime,
    IReadOnlyList<PlanTargetResponse> Targets,
    IReadOnlyList<PlanDocumentView> Documents)
{
    /// <summary>
    /// The plan with each inspection's live stage: the inspections read model (written by the workflow once launched)
    /// wins over the stage stored with the plan, which stays Scheduled.
    /// </summary>
    public static PlanResponse From(
        StoredPlan plan, DateTimeOffset planTime, IReadOnlyList<InspectionSummary>? live = null, PlanProgress? progress = null,
        IReadOnlyList<PlanDocumentView>? documents = null)
    {
        var liveById = (live ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return new(
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
            plan.LaunchedBy,
            plan.LaunchedAt,
            [.. plan.Inspections.Select(i => new PlanInspectionResponse(
                i.Id,
                i.Planned.UnitId,
                i.Planned.Kind,
                i.Planned.VisitDate,
                new CoveredPeriodRequest(i.Planned.CoveredPeriod.From, i.Planned.CoveredPeriod.To),
                i.Planned.TeamLead,
                i.Planned.Members,
                i.Planned.SiteVisits,
                liveById.TryGetValue(i.Id, out var summary) ? summary.Stage : i.Stage,
                plan.TopicsOf(i.Id),
                i.MergedInto))],
            [.. (live ?? []).Where(s => s.ParentInspectionId is not null)],
            plan.YearEndSummary,
            progress,
            plan.Clock is { IsRehearsal: true } clock
                ? new RehearsalResponse(
                    DateOnly.FromDateTime(clock.PlanStartUtc.Add(EmailArchivePaths.VietnamOffset)), clock.SecondsPerDay,
                    new DateTimeOffset(clock.RealStartUtc, TimeSpan.Zero))
                : null,
            planTime,
            [.. (plan.Targets ?? []).Select(PlanTargetResponse.From)],
            documents ?? []);
    }
}
