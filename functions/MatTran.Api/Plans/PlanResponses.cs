using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Email.Archive;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Api.Plans;

/// <summary>Builds the <see cref="PlanResponse"/> contract from the stored plan (kept out of the contract, which the web app shares).</summary>
internal static class PlanResponses
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
        return new PlanResponse(
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
            [.. (plan.Targets ?? []).Select(Target)],
            documents ?? []);
    }

    private static PlanTargetResponse Target(PlanTarget target) =>
        new(target.Metric, target.Level, target.ThresholdPercent, TargetTexts.Describe(target));
}
