using MatTran.Inspections.Calendar;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Plans;

/// <summary>Checks reschedule and cancel requests against the plan year and "today" (passed in, from the clock).</summary>
public static class ScheduleChangeValidator
{
    public static ValidationResult ValidateReschedule(RescheduleRequest request, int planYear, DateOnly currentVisitDate, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendar);
        var result = new ValidationResultBuilder();
        var date = request.VisitDate;

        if (date.Year != planYear)
        {
            result.Error(ValidationCodes.RescheduleDateOutsideYear, "visitDate", PlanTexts.RescheduleOutsideYear(planYear));
        }
        else if (date < today)
        {
            result.Error(ValidationCodes.RescheduleDateInPast, "visitDate", PlanTexts.RescheduleInPast(today));
        }
        else if (date == currentVisitDate)
        {
            result.Error(ValidationCodes.RescheduleDateUnchanged, "visitDate", PlanTexts.RescheduleUnchanged);
        }
        else if (date.Year >= calendar.FirstYear && date.Year <= calendar.LastYear && !calendar.IsWorkingDay(date))
        {
            result.Warning(ValidationCodes.RescheduleDateNotWorkingDay, "visitDate", PlanTexts.VisitDateNotWorkingDay(date));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            result.Error(ValidationCodes.RescheduleReasonRequired, "reason", PlanTexts.RescheduleReasonRequired);
        }

        return result.Build();
    }

    public static ValidationResult ValidateCancel(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? new ValidationResultBuilder().Error(ValidationCodes.CancelReasonRequired, "reason", PlanTexts.CancelReasonRequired).Build()
            : ValidationResult.Valid;
}
