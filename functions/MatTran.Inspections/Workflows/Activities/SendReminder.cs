using MatTran.Inspections.Audit;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Telemetry;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// One reminder or escalation. Unit templates go to the unit with the link for what it is asked to do; staff
/// templates (planner, supervisor, team lead) to the plan issuer's office. The email key is
/// "{inspectionId}:{Key}", so a redelivery sends nothing more; the send is audited.
/// </summary>
public sealed class SendReminder(InspectionActivityServices services) : TaskActivity<ReminderStep, object?>
{
    /// <summary>Remediation links stay valid this long after the item's due date, for late reports.</summary>
    public const int RemediationLinkDaysAfterDue = 60;

    /// <summary>Audited instead of a send when the recipient has no mailbox.</summary>
    public const string NoMailbox = "không gửi được, người nhận chưa có địa chỉ thư điện tử";

    public override async Task<object?> RunAsync(TaskActivityContext context, ReminderStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        var inspection = await services.LoadAsync(input.InspectionId, ct);
        var today = services.LocalDate(input.At);
        var recipient = ReminderRouting.RecipientOf(input.Template);

        string? recommendation = null;
        if (input.RemediationId is not null)
        {
            var remediation = await services.Inspections.GetRemediationAsync(input.RemediationId, ct)
                ?? throw new InvalidOperationException($"Remediation {input.RemediationId} is not in the read model.");
            recommendation = remediation.Item.Text;
        }

        var purpose = ReminderRouting.LinkPurposeOf(input.Template);
        var validThrough = purpose == UnitLinkPurpose.RemediationReport
            ? input.DueDate.AddDays(RemediationLinkDaysAfterDue)
            : (input.DueDate > inspection.VisitDate ? input.DueDate : inspection.VisitDate).AddDays(RescheduleInspection.LinkDaysAfterVisit);
        bool toUnit = recipient is ReminderRecipient.Unit or ReminderRecipient.UnitHead;
        var link = toUnit ? services.UnitLink(inspection, purpose, validThrough) : services.StaffLink(input.InspectionId);
        var values = InspectionActivityServices.Values(inspection, ReminderRouting.GreetingOf(recipient, inspection.Unit.Name, inspection.Summary.TeamLead),
            input.DueDate, link, validThrough, today, recommendation, WaitingSince(inspection));

        string key = $"{input.InspectionId}:{input.Key}";
        bool sent = recipient switch
        {
            ReminderRecipient.Unit or ReminderRecipient.UnitHead => await services.SendToUnitAsync(inspection, input.Template, values, key, input.At, ct),
            ReminderRecipient.TeamLead => await services.SendToTeamLeadAsync(inspection, input.Template, values, key, input.At, ct),
            _ => await services.SendToIssuerAsync(inspection, input.Template, values, key, input.At, ct),
        };

        if (sent && ReminderRouting.IsEscalation(recipient))
        {
            WorkflowTelemetry.Escalations.Add(1, new KeyValuePair<string, object?>(WorkflowTelemetry.TemplateTag, input.Template.ToString()));
        }

        string details = sent ? $"{input.Template} ({input.Key})" : $"{input.Template} ({input.Key}): {NoMailbox}";
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(SendReminder), input, input), input.At, InspectionActivityServices.SystemActor,
            [(ReminderRouting.IsEscalation(recipient) ? AuditAction.EscalationSent : AuditAction.ReminderSent, details)], _ => [], ct);
        return null;
    }

    /// <summary>Findings reminders count from the visit; approval reminders from the submission.</summary>
    private DateOnly WaitingSince(InspectionParticulars inspection) =>
        ReadModelJson.ReadOptional<ConclusionView>(inspection.Summary.Conclusion) is { Status: ConclusionStatus.Submitted } submitted
            ? services.LocalDate(submitted.SubmittedAt.UtcDateTime)
            : inspection.VisitDate;
}
