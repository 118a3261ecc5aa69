using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step 8: applies the unit's report, the team's acceptance or rejection (new due date), or the overdue escalation to
/// the remediation item, audited. Overdue also emails the unit head and the planner. A request the item's state does
/// not allow (e.g. a second acceptance) changes nothing and answers the item as it is.
/// </summary>
public sealed class RecordRemediation(InspectionActivityServices services) : TaskActivity<RemediationStep, RemediationRecorded>
{
    public override async Task<RemediationRecorded> RunAsync(TaskActivityContext context, RemediationStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        var remediation = input.Remediation;
        var record = await services.Inspections.GetRemediationAsync(remediation.RemediationId, ct)
            ?? throw new InvalidOperationException($"Remediation {remediation.RemediationId} is not in the read model.");
        var item = record.Item;
        var at = StepKeys.Utc(input.At);
        var today = services.LocalDate(input.At);
        var (next, action) = Decide(item, input, at, today);

        if (!ReferenceEquals(next, item))
        {
            var signal = input.Signal;
            string details = $"{remediation.RemediationId}: {signal?.Text ?? next.Status.ToString()}";
            await services.ChangeAsync(remediation.InspectionId, StepKeys.For(nameof(RecordRemediation), input, input), input.At,
                signal?.Actor ?? InspectionActivityServices.SystemActor, [(action, details)],
                _ => [InspectionRowEntity.ForRemediation(remediation.PlanId, remediation.UnitId, next)], ct);
        }

        // The step's own change decides the email, keyed by the item's history entry, so a redelivery sends nothing more.
        if (!input.Overdue && input.Signal is { } request && next.History.Count > 0)
        {
            string entry = $"{remediation.RemediationId}:{next.History.Count}";
            if (request.Kind == RemediationSignalKind.Report && next.Status == RemediationStatus.Reported)
            {
                var inspection = await services.LoadAsync(remediation.InspectionId, ct);
                await services.NotifyTeamLeadAsync(inspection, EmailTemplateId.RemediationReportedToTeamLead, entry + ":reported", input.At, ct, next.Text);
            }
            else if (request.Kind == RemediationSignalKind.Reject && next.Status == RemediationStatus.Rejected)
            {
                await EmailRejectedAsync(remediation, next, entry + ":rejected", input.At, ct);
            }
        }

        // Sent whenever the item is overdue after an overdue step, so a redelivery after a crash still sends them (once).
        if (input.Overdue && next.Status == RemediationStatus.Overdue)
        {
            await EmailOverdueAsync(remediation, next, input.At, ct);
        }

        return new RemediationRecorded(next.Status, next.DueDate);
    }

    private static (RemediationItem Next, AuditAction Action) Decide(RemediationItem item, RemediationStep input, DateTimeOffset at, DateOnly today)
    {
        if (input.Overdue)
        {
            return (item.OverdueAsOf(today, at, InspectionActivityServices.SystemActor), AuditAction.RemediationOverdue);
        }

        var signal = input.Signal ?? throw new ArgumentException("A remediation step records a request or the overdue escalation.", nameof(input));
        return signal.Kind switch
        {
            RemediationSignalKind.Report when item.AwaitsReport =>
                (item.Reported(at, signal.Actor, signal.Text ?? string.Empty, signal.DocumentId), AuditAction.RemediationReported),
            RemediationSignalKind.Accept when item.Status == RemediationStatus.Reported =>
                (item.Accepted(at, signal.Actor, signal.Text), AuditAction.RemediationAccepted),
            RemediationSignalKind.Reject when item.Status == RemediationStatus.Reported =>
                (item.Rejected(at, signal.Actor, signal.Text ?? string.Empty,
                    signal.NewDueDate ?? throw new ArgumentException("A rejection carries the new due date.", nameof(input))),
                    AuditAction.RemediationRejected),
            _ => (item, AuditAction.SignalIgnored),
        };
    }

    private async Task EmailRejectedAsync(RemediationInput remediation, RemediationItem item, string key, DateTime at, CancellationToken ct)
    {
        var today = services.LocalDate(at);
        var inspection = await services.LoadAsync(remediation.InspectionId, ct);
        var validThrough = item.DueDate.AddDays(SendReminder.RemediationLinkDaysAfterDue);
        var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, item.DueDate,
            services.UnitLink(inspection, UnitLinkPurpose.RemediationReport, validThrough), validThrough, today, item.Text);
        await services.SendToUnitAsync(inspection, EmailTemplateId.RemediationRejectedToUnit, values, key, at, ct);
    }

    private async Task EmailOverdueAsync(RemediationInput remediation, RemediationItem item, DateTime at, CancellationToken ct)
    {
        var today = services.LocalDate(at);
        var inspection = await services.LoadAsync(remediation.InspectionId, ct);
        var validThrough = today.AddDays(SendReminder.RemediationLinkDaysAfterDue);
        var unitValues = InspectionActivityServices.Values(inspection, ReminderRouting.GreetingOf(ReminderRecipient.UnitHead, inspection.Unit.Name, inspection.Summary.TeamLead),
            item.DueDate, services.UnitLink(inspection, UnitLinkPurpose.RemediationReport, validThrough), validThrough, today, item.Text);
        await services.SendToUnitAsync(inspection, EmailTemplateId.RemediationOverdueToUnitHead, unitValues, $"{remediation.RemediationId}:overdue-unit-head", at, ct);

        var plannerValues = InspectionActivityServices.Values(inspection, ReminderRouting.GreetingOf(ReminderRecipient.Planner, inspection.Unit.Name, inspection.Summary.TeamLead),
            item.DueDate, services.StaffLink(remediation.InspectionId), validThrough, today, item.Text);
        await services.SendToIssuerAsync(inspection, EmailTemplateId.RemediationOverdueToPlanner, plannerValues, $"{remediation.RemediationId}:overdue-planner", at, ct);
    }
}
