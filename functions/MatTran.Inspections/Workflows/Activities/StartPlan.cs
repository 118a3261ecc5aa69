using MatTran.Inspections.Audit;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Creates the read-model summary of every planned inspection (insert-if-absent, stage Scheduled) and returns their workflow inputs.</summary>
public sealed class StartPlan(InspectionActivityServices services) : TaskActivity<PlanStartRequest, IReadOnlyList<InspectionInput>>
{
    public override async Task<IReadOnlyList<InspectionInput>> RunAsync(TaskActivityContext context, PlanStartRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        var plan = await services.Plans.FindAsync(input.PlanId, ct)
            ?? throw new InvalidOperationException($"Plan {input.PlanId} does not exist.");
        var at = StepKeys.Utc(input.At);
        // A visit merged into another (lồng ghép) does not run: its topics are carried by the visit it went into.
        var active = plan.Active;
        var inputs = new List<InspectionInput>(active.Count);
        foreach (var inspection in active)
        {
            var planned = inspection.Planned;
            var summary = new InspectionSummaryEntity
            {
                Id = inspection.Id,
                PlanId = plan.Id,
                UnitId = planned.UnitId,
                Kind = planned.Kind,
                Stage = InspectionStage.Scheduled,
                VisitDate = InspectionStore.FormatDate(planned.VisitDate),
                CoveredFrom = InspectionStore.FormatDate(planned.CoveredPeriod.From),
                CoveredTo = InspectionStore.FormatDate(planned.CoveredPeriod.To),
                TeamLead = planned.TeamLead,
                Members = ReadModelJson.Write(planned.Members),
                SiteVisits = ReadModelJson.Write(planned.SiteVisits),
            };
            var audit = new AuditEntry(at, input.LaunchedBy, AuditAction.InspectionScheduled, plan.Id, inspection.Id,
                InspectionActivityServices.Date(planned.VisitDate));
            await services.Inspections.CreateAsync(summary, audit, ct);

            // A redelivery finds the rows it created; their visit date is the one the workflow must use.
            var stored = await services.SummaryAsync(inspection.Id, ct);
            inputs.Add(new InspectionInput(inspection.Id, plan.Id, stored.UnitId, stored.Kind, InspectionStore.ParseDate(stored.VisitDate), input.Clock));
        }

        return inputs;
    }
}
