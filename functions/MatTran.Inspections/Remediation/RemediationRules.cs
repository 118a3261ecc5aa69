using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Remediation;

/// <summary>Checks the requests of the remediation endpoints before a transition of <see cref="RemediationItem"/> is applied.</summary>
public static class RemediationRules
{
    public static ValidationResult ValidateReport(RemediationItem item, string? text)
    {
        ArgumentNullException.ThrowIfNull(item);
        var result = new ValidationResultBuilder();
        if (!item.AwaitsReport)
        {
            result.Error(ValidationCodes.RemediationStateInvalid, "status", RemediationTexts.StateInvalid(item.Status));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            result.Error(ValidationCodes.RemediationReportTextRequired, "text", RemediationTexts.ReportTextRequired);
        }

        return result.Build();
    }

    public static ValidationResult ValidateAccept(RemediationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status == RemediationStatus.Reported
            ? ValidationResult.Valid
            : new ValidationResultBuilder().Error(ValidationCodes.RemediationStateInvalid, "status", RemediationTexts.StateInvalid(item.Status)).Build();
    }

    public static ValidationResult ValidateReject(RemediationItem item, string? comment, DateOnly newDueDate, DateOnly today)
    {
        var result = new ValidationResultBuilder().Merge(ValidateAccept(item));
        if (string.IsNullOrWhiteSpace(comment))
        {
            result.Error(ValidationCodes.RemediationRejectCommentRequired, "comment", RemediationTexts.RejectCommentRequired);
        }

        if (newDueDate <= today)
        {
            result.Error(ValidationCodes.RemediationNewDueDatePast, "newDueDate", RemediationTexts.NewDueDatePast(today));
        }

        return result.Build();
    }
}
