using MatTran.Inspections.Calendar;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Plans;

[TestClass]
public sealed class ScheduleChangeValidatorTests
{
    private static readonly WorkingDayCalendar Calendar = new(new WorkingDayCalendarOptions { FirstYear = 2022, LastYear = 2025 });
    private static readonly DateOnly Current = new(2023, 6, 19);
    private static readonly DateOnly Today = new(2023, 6, 1);

    private static ValidationResult Reschedule(DateOnly date, string reason = "Trùng lịch họp") =>
        ScheduleChangeValidator.ValidateReschedule(new RescheduleRequest(date, reason), 2023, Current, Today, Calendar);

    [TestMethod]
    public void Later_working_day_in_the_plan_year_is_accepted()
    {
        var result = Reschedule(new DateOnly(2023, 6, 26));
        Assert.IsTrue(result.IsValid);
        Assert.IsEmpty(result.Warnings);
    }

    [TestMethod]
    public void New_date_outside_the_plan_year_is_rejected()
    {
        Assert.IsTrue(Reschedule(new DateOnly(2024, 1, 8)).HasError(ValidationCodes.RescheduleDateOutsideYear));
    }

    [TestMethod]
    public void New_date_before_today_is_rejected_but_today_is_allowed()
    {
        Assert.IsTrue(Reschedule(new DateOnly(2023, 5, 31)).HasError(ValidationCodes.RescheduleDateInPast));
        Assert.IsTrue(Reschedule(Today).IsValid);
    }

    [TestMethod]
    public void Unchanged_date_is_rejected()
    {
        Assert.IsTrue(Reschedule(Current).HasError(ValidationCodes.RescheduleDateUnchanged));
    }

    [TestMethod]
    public void Weekend_date_gives_a_warning()
    {
        var result = Reschedule(new DateOnly(2023, 6, 24));
        Assert.IsTrue(result.IsValid);
        Assert.IsTrue(result.HasWarning(ValidationCodes.RescheduleDateNotWorkingDay));
    }

    [TestMethod]
    public void Reason_is_required_to_reschedule_and_to_cancel()
    {
        Assert.IsTrue(Reschedule(new DateOnly(2023, 6, 26), "  ").HasError(ValidationCodes.RescheduleReasonRequired));
        Assert.IsTrue(ScheduleChangeValidator.ValidateCancel(null).HasError(ValidationCodes.CancelReasonRequired));
        Assert.IsTrue(ScheduleChangeValidator.ValidateCancel("Đơn vị sáp nhập").IsValid);
    }
}
