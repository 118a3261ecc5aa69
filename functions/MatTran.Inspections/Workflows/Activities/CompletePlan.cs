using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Tổng kết năm: counts the plan's outcomes, stores the summary on the plan and marks it Completed, then issues the
/// year-end report (BC) dated at the step's plan time (keyed by the plan, so a redelivery issues nothing more).
/// </summary>
public sealed class CompletePlan(InspectionActivityServices services, PlanDocuments documents) : TaskActivity<PlanCompletion, PlanYearEndSummary>
{
    public override async Task<PlanYearEndSummary> RunAsync(TaskActivityContext context, PlanCompletion input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var summary = Summarise(input);
        await services.Plans.CompleteAsync(input.PlanId, summary, services.Stopping);
        await documents.IssueYearEndReportAsync(input.PlanId, StepKeys.Utc(input.At), services.Stopping);
        return summary;
    }

    public static PlanYearEndSummary Summarise(PlanCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var outcomes = completion.Outcomes;
        var ratings = outcomes
            .Where(o => o.Rating is not null)
            .GroupBy(o => o.Rating!.Value)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Count());
        int failed = completion.FailedInspections?.Count ?? 0;
        return new PlanYearEndSummary(
            completion.PlanId,
            outcomes.Count + failed,
            outcomes.Count(o => o.FinalStage == InspectionStage.Closed),
            outcomes.Count(o => o.FinalStage == InspectionStage.Cancelled),
            outcomes.Count(o => o.FollowUpInspectionId is not null),
            outcomes.Sum(o => o.Recommendations),
            outcomes.Sum(o => o.RemediationsAccepted),
            outcomes.Sum(o => o.RemediationsOverdue),
            ratings,
            completion.At,
            failed);
    }
}
