namespace MatTran.Inspections.Validation;

/// <summary>
/// Every stable error and warning code. Clients branch on these; never rename one. The table in
/// docs/domain.md lists them with their meaning.
/// </summary>
public static class ValidationCodes
{
    // Every text and list of every request and import (TextRules, RequestTextValidator)
    public const string TextControlCharacter = "text.controlCharacter";
    public const string TextLineBreak = "text.lineBreak";
    public const string TextTooLong = "text.tooLong";
    public const string ListTooMany = "list.tooMany";

    // Units import
    public const string UnitsCsvEmpty = "units.csv.empty";
    public const string UnitsCsvHeaderInvalid = "units.csv.header.invalid";
    public const string UnitsCsvMalformed = "units.csv.malformed";
    public const string UnitsCsvColumnCount = "units.csv.columnCount";
    public const string UnitIdRequired = "units.id.required";
    public const string UnitIdInvalid = "units.id.invalid";
    public const string UnitIdDuplicate = "units.id.duplicate";
    public const string UnitNameRequired = "units.name.required";
    public const string UnitNameFormula = "units.name.formula";
    public const string UnitLevelInvalid = "units.level.invalid";
    public const string UnitParentUnknown = "units.parent.unknown";
    public const string UnitParentSelf = "units.parent.self";
    public const string UnitParentCycle = "units.parent.cycle";
    public const string UnitEmailInvalid = "units.email.invalid";

    // Plan creation
    public const string PlanNumberInvalid = "plan.number.invalid";
    public const string PlanYearOutOfRange = "plan.year.outOfRange";
    public const string PlanIssuerUnknown = "plan.issuer.unknown";
    public const string PlanTitleRequired = "plan.title.required";
    public const string PlanTopicsEmpty = "plan.topics.empty";
    public const string PlanTopicBlank = "plan.topic.blank";
    public const string PlanTopicDuplicate = "plan.topic.duplicate";
    public const string PlanInspectionsEmpty = "plan.inspections.empty";
    public const string PlanUnitUnknown = "plan.unit.unknown";
    public const string PlanUnitIsIssuer = "plan.unit.isIssuer";
    public const string PlanUnitNotSubordinate = "plan.unit.notSubordinate";
    public const string PlanUnitRepeated = "plan.unit.repeated";
    public const string PlanUnitMergeSuggested = "plan.unit.mergeSuggested";
    public const string PlanKindInvalid = "plan.kind.invalid";
    public const string PlanTargetMetricInvalid = "plan.target.metric.invalid";
    public const string PlanTargetLevelInvalid = "plan.target.level.invalid";
    public const string PlanTargetThresholdInvalid = "plan.target.threshold.invalid";
    public const string PlanTargetDuplicate = "plan.target.duplicate";
    public const string PlanVisitDateOutsideYear = "plan.visitDate.outsideYear";
    public const string PlanVisitDateNotWorkingDay = "plan.visitDate.notWorkingDay";
    public const string PlanCoveredPeriodRequired = "plan.coveredPeriod.required";
    public const string PlanCoveredPeriodReversed = "plan.coveredPeriod.reversed";
    public const string PlanCoveredPeriodAfterVisit = "plan.coveredPeriod.afterVisit";
    public const string PlanTeamLeadRequired = "plan.teamLead.required";
    public const string PlanMemberBlank = "plan.member.blank";
    public const string PlanSiteVisitUnknown = "plan.siteVisit.unknown";
    public const string PlanSiteVisitOutsideUnit = "plan.siteVisit.outsideUnit";
    public const string PlanInspectionsTooMany = "plan.inspections.tooMany";

    // Reschedule and cancel
    public const string RescheduleDateOutsideYear = "reschedule.visitDate.outsideYear";
    public const string RescheduleDateInPast = "reschedule.visitDate.past";
    public const string RescheduleDateUnchanged = "reschedule.visitDate.unchanged";
    public const string RescheduleDateNotWorkingDay = "reschedule.visitDate.notWorkingDay";
    public const string RescheduleReasonRequired = "reschedule.reason.required";
    public const string CancelReasonRequired = "cancel.reason.required";

    // Findings
    public const string FindingsEmpty = "findings.empty";
    public const string FindingTopicUnknown = "findings.topic.unknown";
    public const string FindingTypeInvalid = "findings.type.invalid";
    public const string FindingTextRequired = "findings.text.required";
    public const string FindingFigureLabelRequired = "findings.figure.label.required";
    public const string FindingFigureUnitInvalid = "findings.figure.unit.invalid";
    public const string FindingFigureNegative = "findings.figure.negative";
    public const string FindingFigureNotWhole = "findings.figure.notWhole";
    public const string FindingsDraftReportRequired = "findings.draftReport.required";

    // Unit feedback
    public const string FeedbackEmpty = "feedback.empty";

    // Conclusion
    public const string ConclusionTextRequired = "conclusion.text.required";
    public const string ConclusionRatingInvalid = "conclusion.rating.invalid";
    public const string ConclusionRecommendationTextRequired = "conclusion.recommendation.text.required";
    public const string ConclusionRecommendationResponsibleRequired = "conclusion.recommendation.responsible.required";
    public const string ConclusionRecommendationDueDatePast = "conclusion.recommendation.dueDate.past";
    public const string ConclusionReturnCommentRequired = "conclusion.return.comment.required";
    public const string ConclusionRecommendationDepartmentUnknown = "conclusion.recommendation.department.unknown";
    public const string ConclusionRecommendationUnitUnknown = "conclusion.recommendation.unit.unknown";
    public const string ConclusionRecommendationOwnerUnknown = "conclusion.recommendation.owner.unknown";

    // Remediation
    public const string RemediationStateInvalid = "remediation.state.invalid";
    public const string RemediationReportTextRequired = "remediation.report.text.required";
    public const string RemediationRejectCommentRequired = "remediation.reject.comment.required";
    public const string RemediationNewDueDatePast = "remediation.newDueDate.past";
    public const string RemediationFilterInvalid = "remediation.filter.invalid";

    // Uploads
    public const string UploadEmpty = "upload.empty";
    public const string UploadTooLarge = "upload.tooLarge";
    public const string UploadTypeNotAllowed = "upload.type.notAllowed";
    public const string UploadContentMismatch = "upload.content.mismatch";
    public const string UploadNameInvalid = "upload.name.invalid";
    public const string UploadMultipleFiles = "upload.multipleFiles";
    public const string UploadFieldUnexpected = "upload.field.unexpected";
    public const string FormFieldRepeated = "form.field.repeated";

    // Staff directory
    public const string StaffIdInvalid = "staff.id.invalid";
    public const string StaffNameRequired = "staff.name.required";
    public const string StaffPositionRequired = "staff.position.required";
    public const string StaffEmailInvalid = "staff.email.invalid";
    public const string StaffDepartmentUnknown = "staff.department.unknown";
    public const string DepartmentIdInvalid = "department.id.invalid";
    public const string DepartmentNameRequired = "department.name.required";
}
