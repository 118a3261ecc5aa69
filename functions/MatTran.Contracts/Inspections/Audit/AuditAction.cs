namespace MatTran.Inspections.Audit;

/// <summary>What happened, for the audit trail shown on an inspection.</summary>
public enum AuditAction
{
    PlanCreated,
    PlanApproved,
    PlanLaunched,
    PlanCompleted,
    InspectionScheduled,
    InspectionRescheduled,
    InspectionCancelled,
    DocumentIssued,
    NoticeSent,
    ReminderSent,
    EscalationSent,
    SelfReportUploaded,
    FindingsSubmitted,
    DraftReportRevised,
    UnitFeedbackReceived,
    ConclusionSubmitted,
    ConclusionReturned,
    ConclusionApproved,
    ConclusionIssued,
    RemediationReported,
    RemediationAccepted,
    RemediationRejected,
    RemediationOverdue,
    FollowUpCreated,
    UnitRated,
    InspectionClosed,

    /// <summary>A request that arrived while the workflow waited for something else; consumed without effect.</summary>
    SignalIgnored,
}
