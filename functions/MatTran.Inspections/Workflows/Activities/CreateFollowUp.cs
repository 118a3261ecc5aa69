using MatTran.Inspections.Audit;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step 9: creates the follow-up inspection (phúc tra, id "{id}.pt") for the same unit, team and covered period,
/// visiting <see cref="InspectionWorkflowOptions.FollowUpAfterWorkingDays"/> working days from now (never sooner than
/// its notice can go out); the parent waits in stage FollowUp.
/// </summary>
public sealed class CreateFollowUp(InspectionActivityServices services) : TaskActivity<FollowUpStep, InspectionInput>
{
    public override async Task<InspectionInput> RunAsync(TaskActivityContext context, FollowUpStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        string id = input.InspectionId;
        string followUpId = WorkflowInstanceIds.ForFollowUp(id);
        var parent = await services.SummaryAsync(id, ct);
        int workingDays = Math.Max(services.Options.FollowUpAfterWorkingDays, services.Policy.NoticeLeadWorkingDays + 1);
        var visit = services.Calendar.AddWorkingDays(services.LocalDate(input.At), workingDays);
        var at = StepKeys.Utc(input.At);

        var followUp = new InspectionSummaryEntity
        {
            Id = followUpId,
            PlanId = parent.PlanId,
            UnitId = parent.UnitId,
            Kind = InspectionKind.FollowUp,
            Stage = InspectionStage.Scheduled,
            VisitDate = InspectionStore.FormatDate(visit),
            CoveredFrom = parent.CoveredFrom,
            CoveredTo = parent.CoveredTo,
            TeamLead = parent.TeamLead,
            Members = parent.Members,
            SiteVisits = parent.SiteVisits,
            ParentInspectionId = id,
        };
        await services.Inspections.CreateAsync(followUp,
            new AuditEntry(at, InspectionActivityServices.SystemActor, AuditAction.InspectionScheduled, parent.PlanId, followUpId, id), ct);

        await services.ChangeAsync(id, StepKeys.For(nameof(CreateFollowUp), input), input.At, InspectionActivityServices.SystemActor,
            [(AuditAction.FollowUpCreated, followUpId)], summary =>
            {
                summary.Stage = InspectionStage.FollowUp;
                summary.FollowUpInspectionId = followUpId;
                return [];
            }, ct);

        // A redelivery finds the follow-up it created earlier, possibly on another day: its stored date is the one.
        var stored = await services.SummaryAsync(followUpId, ct);
        return new InspectionInput(followUpId, stored.PlanId, stored.UnitId, InspectionKind.FollowUp, InspectionStore.ParseDate(stored.VisitDate), input.Clock, id);
    }
}
