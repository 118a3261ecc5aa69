namespace MatTran.Inspections.Email.Templates;

/// <summary>Every email the inspection lifecycle sends (DESIGN.md §5 steps 2–8).</summary>
public enum EmailTemplateId
{
    /// <summary>Step 2: notice and team decision issued, with the unit's signed link.</summary>
    NoticeToUnit,

    /// <summary>Step 2: request for the self-report by its due date.</summary>
    SelfReportRequest,

    /// <summary>Step 3: reminder some working days before the self-report is due.</summary>
    SelfReportReminderBeforeDue,

    /// <summary>Step 3: reminder on the due day.</summary>
    SelfReportReminderOnDueDay,

    /// <summary>Step 3: the unit is overdue; tell the planner.</summary>
    SelfReportOverdueToPlanner,

    /// <summary>Step 4: no findings recorded N days after the visit.</summary>
    FindingsReminderToTeamLead,

    /// <summary>Step 5: draft report sent to the unit for its explanation (giải trình).</summary>
    DraftReportForFeedback,

    /// <summary>Step 6: the conclusion waits for the supervisor.</summary>
    ApprovalReminderToSupervisor,

    /// <summary>Step 6: the supervisor has not acted in time; tell the planner.</summary>
    ApprovalEscalationToPlanner,

    /// <summary>Step 7: the numbered conclusion notice is issued.</summary>
    ConclusionIssued,

    /// <summary>Step 8: a recommendation's deadline approaches.</summary>
    RemediationReminder,

    /// <summary>Step 8: a recommendation is overdue; to the unit's head.</summary>
    RemediationOverdueToUnitHead,

    /// <summary>Step 8: a recommendation is overdue; to the planner.</summary>
    RemediationOverdueToPlanner,

    /// <summary>Step 5: the unit's feedback deadline approaches.</summary>
    UnitFeedbackReminder,

    /// <summary>Step 3: the visit moved after the notice went out.</summary>
    VisitRescheduled,

    /// <summary>The inspection was cancelled after the notice went out.</summary>
    InspectionCancelled,

    /// <summary>The unit uploaded its self-report; to the team lead.</summary>
    SelfReportReceivedToTeamLead,

    /// <summary>The unit answered the draft report (giải trình); to the team lead.</summary>
    UnitFeedbackReceivedToTeamLead,

    /// <summary>The unit reported on a recommendation's remediation; to the team lead.</summary>
    RemediationReportedToTeamLead,

    /// <summary>The team rejected the unit's remediation report with a new due date; to the unit.</summary>
    RemediationRejectedToUnit,

    /// <summary>The unit asked, from its page, for a new link in place of an expired one.</summary>
    UnitLinkRenewed,
}
