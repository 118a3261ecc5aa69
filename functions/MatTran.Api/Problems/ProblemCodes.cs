namespace MatTran.Api.Problems;

/// <summary>Stable codes of the HTTP-level problems (validation codes live in <c>ValidationCodes</c>).</summary>
public static class ProblemCodes
{
    public const string PlanNotFound = "plan.notFound";
    public const string InspectionTeamLeadInvalid = "inspection.teamLead.invalid";
    public const string PlanNumberTaken = "plan.number.taken";
    public const string PlanStatusConflict = "plan.status.conflict";
    public const string PlanConcurrentUpdate = "plan.concurrentUpdate";
    public const string BodyTooLarge = "request.bodyTooLarge";
    public const string Unreadable = "request.unreadable";
    public const string UnsupportedMediaType = "request.unsupportedMediaType";
    public const string QueryInvalid = "query.invalid";
    public const string QueryRepeated = "query.repeated";
    public const string RehearsalNotAllowed = "plan.rehearsal.notAllowed";
    public const string RehearsalStartsAtRequired = "plan.rehearsal.startsAt.required";
    public const string RehearsalTooFast = "plan.rehearsal.secondsPerDay.tooSmall";
    public const string PlanNotApproved = "plan.notApproved";
    public const string PlanAlreadyLaunched = "plan.alreadyLaunched";
    public const string PlanIfMatchRequired = "plan.ifMatch.required";
    public const string PlanIdentityChanged = "plan.edit.identityChanged";
    public const string PlanEditTooLarge = "plan.edit.tooLarge";
    public const string PlanVisitNotFound = "plan.visit.notFound";
    public const string PlanMergeSameVisit = "plan.merge.sameVisit";
    public const string PlanMergeAlreadyMerged = "plan.merge.alreadyMerged";
    public const string PlanMergeUnitsUnrelated = "plan.merge.unitsUnrelated";
    public const string InspectionNotFound = "inspection.notFound";
    public const string CalendarYearUnknown = "calendar.year.unknown";
    public const string InspectionStageConflict = "inspection.stage.conflict";
    public const string RemediationNotFound = "remediation.notFound";
    public const string RemediationStatusConflict = "remediation.status.conflict";
    public const string WorkflowNotRunning = "workflow.notRunning";
    public const string WorkflowStarting = "workflow.starting";
    public const string DocumentNotFound = "document.notFound";
    public const string MailNotFound = "mail.notFound";
    public const string LinkRequired = "link.required";
    public const string LinkInvalid = "link.invalid";
    public const string LinkExpired = "link.expired";
    public const string LinkOtherUnit = "link.otherUnit";
    public const string StaffOnly = "access.staffOnly";
    public const string CommitteeNotFound = "committee.notFound";
    public const string StaffNotFound = "staff.notFound";
    public const string ExportDatasetInvalid = "export.dataset.invalid";
    public const string ExportFormatInvalid = "export.format.invalid";
    public const string RemediationStatusInvalid = "remediation.status.invalid";
}
