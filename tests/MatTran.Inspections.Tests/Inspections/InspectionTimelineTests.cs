using MatTran.Inspections.Calendar;
using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Tests.Inspections;

[TestClass]
public sealed class InspectionTimelineTests
{
    private static readonly WorkingDayCalendar Calendar = new(new WorkingDayCalendarOptions { FirstYear = 2022, LastYear = 2025 });
    private static readonly InspectionTimeline Timeline = new(Calendar, new InspectionSchedulePolicy());

    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [TestMethod]
    public void Default_policy_for_the_Hoa_An_visit_of_19_June_2023()
    {
        var deadlines = Timeline.ForVisit(D(19, 6, 2023));

        Assert.AreEqual(D(5, 6, 2023), deadlines.NoticeDate);          // 10 working days before
        Assert.AreEqual(D(14, 6, 2023), deadlines.SelfReportDue);      // 3 working days before
        CollectionAssert.AreEqual(new[] { D(12, 6, 2023), D(14, 6, 2023) }, deadlines.SelfReportReminders.ToArray());
        Assert.AreEqual(D(15, 6, 2023), deadlines.SelfReportEscalation);
        CollectionAssert.AreEqual(new[] { D(26, 6, 2023), D(3, 7, 2023) }, deadlines.FindingsReminders.ToArray());
    }

    [TestMethod]
    public void Deadlines_skip_holidays_around_the_visit()
    {
        // Visit Thursday 4/5/2023 right after 29/4–3/5 (holidays and compensation).
        var deadlines = Timeline.ForVisit(D(4, 5, 2023));
        Assert.AreEqual(D(26, 4, 2023), deadlines.SelfReportDue);
        Assert.AreEqual(D(17, 4, 2023), deadlines.NoticeDate);
    }

    [TestMethod]
    public void Policy_values_change_the_dates()
    {
        var timeline = new InspectionTimeline(Calendar, new InspectionSchedulePolicy { NoticeLeadWorkingDays = 5, SelfReportDueWorkingDaysBeforeVisit = 1, SelfReportReminderWorkingDaysBeforeDue = [1] });
        var deadlines = timeline.ForVisit(D(19, 6, 2023));
        Assert.AreEqual(D(12, 6, 2023), deadlines.NoticeDate);
        Assert.AreEqual(D(16, 6, 2023), deadlines.SelfReportDue);
        CollectionAssert.AreEqual(new[] { D(15, 6, 2023) }, deadlines.SelfReportReminders.ToArray());
    }

    [TestMethod]
    public void Unit_feedback_window_counts_working_days_from_the_draft()
    {
        var feedback = Timeline.UnitFeedback(D(23, 6, 2023));
        Assert.AreEqual(D(30, 6, 2023), feedback.Deadline);
        CollectionAssert.AreEqual(new[] { D(29, 6, 2023) }, feedback.Reminders.ToArray());
    }

    [TestMethod]
    public void Supervisor_is_reminded_then_escalated()
    {
        var approval = Timeline.SupervisorApproval(D(3, 7, 2023));
        Assert.AreEqual(D(6, 7, 2023), approval.Reminders.Single());
        Assert.AreEqual(D(10, 7, 2023), approval.Escalation);
        Assert.AreEqual(approval.Escalation, approval.Deadline);
    }

    [TestMethod]
    public void Remediation_reminders_land_on_working_days_even_when_the_due_date_is_a_Sunday()
    {
        var remediation = Timeline.Remediation(D(31, 12, 2023)); // Sunday
        CollectionAssert.AreEqual(new[] { D(15, 12, 2023), D(27, 12, 2023), D(29, 12, 2023) }, remediation.Reminders.ToArray());
        Assert.AreEqual(D(2, 1, 2024), remediation.Escalation);
    }

    [TestMethod]
    public void Timers_fire_at_eight_in_the_morning_Vietnam_time()
    {
        Assert.AreEqual(new DateTimeOffset(2023, 6, 14, 1, 0, 0, TimeSpan.Zero), Timeline.At(D(14, 6, 2023)));
        Assert.AreEqual(TimeSpan.Zero, Timeline.At(D(14, 6, 2023)).Offset);
    }

    [TestMethod]
    public void Self_report_due_not_after_the_notice_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new InspectionTimeline(Calendar, new InspectionSchedulePolicy { NoticeLeadWorkingDays = 3, SelfReportDueWorkingDaysBeforeVisit = 3 }));
    }

    [TestMethod]
    public void Negative_offsets_are_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new InspectionTimeline(Calendar, new InspectionSchedulePolicy { RemediationReminderWorkingDaysBeforeDue = [-1] }));
    }

    [TestMethod]
    public void Supervisor_escalation_before_reminder_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new InspectionTimeline(Calendar, new InspectionSchedulePolicy { SupervisorReminderWorkingDays = 5, SupervisorEscalationWorkingDays = 2 }));
    }
}
