using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Links;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Which recipient each template addresses, and which signed link a unit's email carries.</summary>
public static class ReminderRouting
{
    public static ReminderRecipient RecipientOf(EmailTemplateId template) => template switch
    {
        EmailTemplateId.SelfReportOverdueToPlanner or EmailTemplateId.ApprovalEscalationToPlanner
            or EmailTemplateId.RemediationOverdueToPlanner => ReminderRecipient.Planner,
        EmailTemplateId.ApprovalReminderToSupervisor => ReminderRecipient.Supervisor,
        EmailTemplateId.FindingsReminderToTeamLead or EmailTemplateId.SelfReportReceivedToTeamLead or EmailTemplateId.UnitFeedbackReceivedToTeamLead
            or EmailTemplateId.RemediationReportedToTeamLead => ReminderRecipient.TeamLead,
        EmailTemplateId.RemediationOverdueToUnitHead => ReminderRecipient.UnitHead,
        _ => ReminderRecipient.Unit,
    };

    /// <summary>The link purpose of a unit template: what the unit is asked to do on its page.</summary>
    public static UnitLinkPurpose LinkPurposeOf(EmailTemplateId template) => template switch
    {
        EmailTemplateId.DraftReportForFeedback or EmailTemplateId.UnitFeedbackReminder => UnitLinkPurpose.Feedback,
        EmailTemplateId.ConclusionIssued or EmailTemplateId.RemediationReminder
            or EmailTemplateId.RemediationOverdueToUnitHead or EmailTemplateId.RemediationRejectedToUnit => UnitLinkPurpose.RemediationReport,
        _ => UnitLinkPurpose.SelfReportUpload,
    };

    /// <summary>How the greeting names a staff recipient ("Kính gửi: đồng chí {name}").</summary>
    public static string GreetingOf(ReminderRecipient recipient, string unitName, string teamLead) => recipient switch
    {
        ReminderRecipient.Unit => unitName,
        ReminderRecipient.UnitHead => "Chủ tịch",
        ReminderRecipient.Planner => "phụ trách kế hoạch kiểm tra, giám sát",
        ReminderRecipient.Supervisor => "Thường trực phụ trách phê duyệt kết luận",
        ReminderRecipient.TeamLead => teamLead,
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, null),
    };

    /// <summary>Escalations go up a level (planner, unit head); the rest are reminders.</summary>
    public static bool IsEscalation(ReminderRecipient recipient) => recipient is ReminderRecipient.Planner or ReminderRecipient.UnitHead;
}
