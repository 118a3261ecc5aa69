using MatTran.Inspections.Email.Templates;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>One reminder or escalation. The activity picks recipients from the template (unit, unit head, planner, team lead, supervisor).</summary>
/// <param name="Key">The business event, unique within the inspection, e.g. "selfreport-reminder-2023-06-12"; makes the email idempotent.</param>
/// <param name="DueDate">The deadline the email talks about.</param>
/// <param name="RemediationId">For remediation reminders.</param>
public sealed record ReminderStep(
    string StepKey,
    string InspectionId,
    EmailTemplateId Template,
    string Key,
    DateOnly DueDate,
    DateTime At,
    string? RemediationId = null) : WorkflowStep(StepKey, At), IInspectionScoped;
