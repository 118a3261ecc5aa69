namespace MatTran.Inspections.Inspections;

/// <summary>
/// Deadlines, reminders and escalations of an inspection, in working days (configuration section
/// "InspectionSchedule"). <see cref="InspectionTimeline"/> turns them into dates; the orchestrator sets its timers
/// at <see cref="TimeOfDay"/> local time on those dates.
/// </summary>
public sealed class InspectionSchedulePolicy
{
    /// <summary>The notice and team decision go out this many working days before the visit.</summary>
    public int NoticeLeadWorkingDays { get; set; } = 10;

    /// <summary>The self-report is due this many working days before the visit.</summary>
    public int SelfReportDueWorkingDaysBeforeVisit { get; set; } = 3;

    /// <summary>Reminders to the unit, in working days before the self-report due date (0 = on the due day).</summary>
    public List<int> SelfReportReminderWorkingDaysBeforeDue { get; set; } = [2, 0];

    /// <summary>When the self-report is still missing this many working days after its due date, the planner is told.</summary>
    public int SelfReportEscalationWorkingDaysAfterDue { get; set; } = 1;

    /// <summary>Reminders to the team lead when no findings are recorded, in working days after the visit.</summary>
    public List<int> FindingsReminderWorkingDaysAfterVisit { get; set; } = [5, 10];

    /// <summary>The unit has this many working days after the draft report is sent to explain (giải trình).</summary>
    public int UnitFeedbackWindowWorkingDays { get; set; } = 5;

    /// <summary>Reminders to the unit before the feedback deadline (working days before it; 0 = on the day).</summary>
    public List<int> UnitFeedbackReminderWorkingDaysBeforeDeadline { get; set; } = [1];

    /// <summary>Remind the supervisor this many working days after a conclusion is submitted for approval.</summary>
    public int SupervisorReminderWorkingDays { get; set; } = 3;

    /// <summary>Tell the planner this many working days after submission when the supervisor still has not acted.</summary>
    public int SupervisorEscalationWorkingDays { get; set; } = 5;

    /// <summary>Reminders to the unit before a recommendation's due date (working days before it; 0 = on the day).</summary>
    public List<int> RemediationReminderWorkingDaysBeforeDue { get; set; } = [10, 2, 0];

    /// <summary>An unreported recommendation is escalated this many working days after its due date.</summary>
    public int RemediationEscalationWorkingDaysAfterDue { get; set; } = 1;

    /// <summary>Local time of day at which timers fire (start of office hours).</summary>
    public TimeOnly TimeOfDay { get; set; } = new(8, 0);

    /// <summary>Offset of local time from UTC; Vietnam has no daylight saving time.</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(7);
}
