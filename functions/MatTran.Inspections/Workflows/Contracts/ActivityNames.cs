namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// Every activity the workflows call, with its input → output. All activities are idempotent under redelivery: writes
/// use deterministic keys derived from the inspection/remediation id and the step (never from the clock), emails go
/// through the idempotent sender with a key naming the business event, numbers and documents use idempotency keys.
/// Every input is a <see cref="WorkflowStep"/>: the orchestration's key for the call and <c>At</c>, the step's plan
/// time (<see cref="PlanClock"/>), which is the time recorded.
/// </summary>
public static class ActivityNames
{
    /// <summary><see cref="PlanStartRequest"/> → IReadOnlyList&lt;InspectionInput&gt;: read-model rows for every planned inspection (Scheduled).</summary>
    public const string StartPlan = nameof(StartPlan);

    /// <summary><see cref="PlanCompletion"/> → <see cref="PlanYearEndSummary"/>: plan Completed, summary stored on the plan.</summary>
    public const string CompletePlan = nameof(CompletePlan);

    /// <summary><see cref="InspectionStep"/> → <see cref="InspectionSchedule"/>: deadlines for the current visit date, stage Scheduled.</summary>
    public const string ScheduleInspection = nameof(ScheduleInspection);

    /// <summary><see cref="RescheduleStep"/> → <see cref="InspectionSchedule"/>: new visit date and deadlines; tells the unit when the notice is out.</summary>
    public const string RescheduleInspection = nameof(RescheduleInspection);

    /// <summary><see cref="InspectionStep"/> → void: numbered team decision + notice (.docx in Blob), email to the unit with its link, stage NoticeSent.</summary>
    public const string IssueNotice = nameof(IssueNotice);

    /// <summary><see cref="InspectionStep"/> → void: self-report request email with the upload link, stage AwaitingSelfReport.</summary>
    public const string RequestSelfReport = nameof(RequestSelfReport);

    /// <summary><see cref="ReminderStep"/> → void: one reminder or escalation email, audited.</summary>
    public const string SendReminder = nameof(SendReminder);

    /// <summary><see cref="SignalStep"/> (SelfReport) → void: stage AwaitingVisit.</summary>
    public const string RecordSelfReport = nameof(RecordSelfReport);

    /// <summary><see cref="InspectionStep"/> → void: visit day, stage AwaitingFindings.</summary>
    public const string StartVisit = nameof(StartVisit);

    /// <summary><see cref="SignalStep"/> (Findings) → <see cref="WindowSchedule"/>: draft revision kept, draft emailed to the unit, stage AwaitingUnitFeedback; returns the feedback window.</summary>
    public const string RecordFindings = nameof(RecordFindings);

    /// <summary><see cref="SignalStep"/> (Feedback) → void: feedback on the latest revision kept.</summary>
    public const string RecordFeedback = nameof(RecordFeedback);

    /// <summary><see cref="SignalStep"/> (Conclusion) → <see cref="WindowSchedule"/>: stage AwaitingApproval; returns the supervisor's window.</summary>
    public const string SubmitConclusion = nameof(SubmitConclusion);

    /// <summary><see cref="SignalStep"/> (Return) → void: comment kept, stage AwaitingFindings.</summary>
    public const string ReturnConclusion = nameof(ReturnConclusion);

    /// <summary><see cref="ApprovalStep"/> → <see cref="IssuedConclusion"/>: numbered conclusion notice, email to the unit, remediation items opened, stage ConclusionIssued.</summary>
    public const string IssueConclusion = nameof(IssueConclusion);

    /// <summary><see cref="InspectionStep"/> → void: stage Remediation.</summary>
    public const string StartRemediationStage = nameof(StartRemediationStage);

    /// <summary><see cref="RemediationStep"/> → <see cref="WindowSchedule"/>: reminders and escalation for the item's current due date.</summary>
    public const string ScheduleRemediation = nameof(ScheduleRemediation);

    /// <summary><see cref="RemediationStep"/> with a signal or overdue → <see cref="RemediationRecorded"/>: the item's transition applied and audited; overdue also emails the unit head and the planner.</summary>
    public const string RecordRemediation = nameof(RecordRemediation);

    /// <summary><see cref="FollowUpStep"/> → <see cref="InspectionInput"/>: follow-up inspection created in the read model, parent stage FollowUp.</summary>
    public const string CreateFollowUp = nameof(CreateFollowUp);

    /// <summary><see cref="InspectionStep"/> → void: rating recorded, stage Closed.</summary>
    public const string CloseInspection = nameof(CloseInspection);

    /// <summary><see cref="SignalStep"/> (Cancel) → void: stage Cancelled; tells the unit when the notice is out.</summary>
    public const string CancelInspection = nameof(CancelInspection);

    /// <summary><see cref="SignalStep"/> → void: a request that arrived while the orchestration waited for something else, audited as ignored.</summary>
    public const string RecordIgnoredSignal = nameof(RecordIgnoredSignal);
}
