using MatTran.Durable;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>The Inspection orchestrator on the real durable runtime (Azurite, virtual clock) with stand-in activities.</summary>
[TestClass]
public sealed class InspectionOrchestratorTests
{
    private static readonly DateOnly Visit = new(2027, 3, 15);
    private static readonly InspectionSchedule Schedule = StandInActivities.ScheduleFor(Visit);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Happy_path_runs_every_stage_in_order_and_closes_with_the_rating()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;

        await InspectionDriver.ReachVisitAsync(hub, inspection, Ct);
        await hub.SignalAsync(id, Signals.Findings(), Ct);
        await hub.SignalAsync(id, Signals.Feedback(inspection.UnitId), Ct);
        await hub.SignalAsync(id, Signals.Conclusion(followUp: false, new DateOnly(2027, 6, 30)), Ct);
        await hub.SignalAsync(id, Signals.Approve(), Ct);
        var remediationId = WorkflowInstanceIds.ForRemediation(id, 0);
        await hub.SignalAsync(remediationId, Signals.Report(), Ct);
        await hub.SignalAsync(remediationId, Signals.Accept(), Ct);

        CollectionAssert.AreEqual(
            new[]
            {
                ActivityNames.ScheduleInspection, ActivityNames.IssueNotice, ActivityNames.RequestSelfReport, ActivityNames.RecordSelfReport,
                ActivityNames.StartVisit, ActivityNames.RecordFindings, ActivityNames.RecordFeedback, ActivityNames.SubmitConclusion,
                ActivityNames.IssueConclusion, ActivityNames.StartRemediationStage, ActivityNames.ScheduleRemediation,
                ActivityNames.RecordRemediation, ActivityNames.RecordRemediation, ActivityNames.CloseInspection,
            },
            hub.Activities.Names(id).ToArray());
        var outcome = await hub.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual(new InspectionOutcome(id, inspection.UnitId, InspectionKind.Inspection, InspectionStage.Closed, Rating.Tot, 1, 1, 0, null), outcome);
    }

    [TestMethod]
    public async Task Every_activity_gets_the_orchestration_time_of_its_step()
    {
        var (hub, inspection) = await StartAsync();

        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc, Ct);
        await hub.AdvanceToAsync(Schedule.Visit.FiresAtUtc.AddHours(3), Ct);

        Assert.AreEqual(WorkflowHub.Start.UtcDateTime, hub.Activities.Calls(inspection.InspectionId)[0].At);
        Assert.AreEqual(Schedule.Notice.FiresAtUtc, hub.Activities.Inputs<InspectionStep>(inspection.InspectionId, ActivityNames.IssueNotice).Single().At);
        Assert.AreEqual(Schedule.Visit.FiresAtUtc.AddHours(3), hub.Activities.Inputs<InspectionStep>(inspection.InspectionId, ActivityNames.StartVisit).Single().At);
    }

    [TestMethod]
    public async Task Without_a_self_report_the_unit_is_reminded_before_and_on_the_due_day_the_planner_is_told_and_the_visit_still_happens()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;

        await hub.AdvanceToAsync(Schedule.SelfReportReminders[0].FiresAtUtc, Ct);
        CollectionAssert.AreEqual(new[] { "selfreport-reminder-2027-03-08" }, hub.Activities.ReminderKeys(id).ToArray());

        await hub.AdvanceToAsync(Schedule.SelfReportDue.FiresAtUtc, Ct);
        await hub.AdvanceToAsync(Schedule.SelfReportEscalation.FiresAtUtc, Ct);
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.StartVisit));
        await hub.AdvanceToAsync(Schedule.Visit.FiresAtUtc, Ct);

        var reminders = hub.Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder);
        CollectionAssert.AreEqual(
            new[] { "selfreport-reminder-2027-03-08", "selfreport-dueday-2027-03-10", "selfreport-escalation-2027-03-11" },
            reminders.Select(r => r.Key).ToArray());
        CollectionAssert.AreEqual(
            new[] { EmailTemplateId.SelfReportReminderBeforeDue, EmailTemplateId.SelfReportReminderOnDueDay, EmailTemplateId.SelfReportOverdueToPlanner },
            reminders.Select(r => r.Template).ToArray());
        Assert.IsTrue(reminders.All(r => r.DueDate == Schedule.SelfReportDue.Day));
        Assert.AreEqual(Schedule.SelfReportDue.FiresAtUtc, reminders[1].At);
        Assert.AreEqual(Schedule.Visit.FiresAtUtc, hub.Activities.Inputs<InspectionStep>(id, ActivityNames.StartVisit).Single().At);
    }

    [TestMethod]
    public async Task A_self_report_before_the_due_day_stops_the_reminders_and_the_escalation()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;

        await hub.AdvanceToAsync(Schedule.SelfReportReminders[0].FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.SelfReport(inspection.UnitId), Ct);
        await hub.AdvanceToAsync(Schedule.Visit.FiresAtUtc, Ct);

        CollectionAssert.AreEqual(new[] { "selfreport-reminder-2027-03-08" }, hub.Activities.ReminderKeys(id).ToArray());
        Assert.AreEqual(1, hub.Activities.Names(id).Count(n => n == ActivityNames.RecordSelfReport));
        Assert.AreEqual(1, hub.Activities.Names(id).Count(n => n == ActivityNames.StartVisit));
    }

    [TestMethod]
    public async Task A_second_self_report_before_the_visit_is_recorded_as_a_new_version()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;

        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.SelfReport(inspection.UnitId), Ct);
        await hub.SignalAsync(id, Signals.SelfReport(inspection.UnitId), Ct);

        Assert.AreEqual(2, hub.Activities.Names(id).Count(n => n == ActivityNames.RecordSelfReport));
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.RecordIgnoredSignal));
    }

    [TestMethod]
    public async Task Reschedule_before_the_notice_waits_for_the_new_notice_day()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        var newVisit = new DateOnly(2027, 4, 12);
        var newSchedule = StandInActivities.ScheduleFor(newVisit);

        await hub.SignalAsync(id, Signals.Reschedule(newVisit), Ct);
        await hub.AdvanceToAsync(Schedule.Visit.FiresAtUtc, Ct);
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.IssueNotice), "no notice on the old notice day");

        await hub.AdvanceToAsync(newSchedule.Notice.FiresAtUtc, Ct);

        var reschedule = hub.Activities.Inputs<RescheduleStep>(id, ActivityNames.RescheduleInspection).Single();
        Assert.AreEqual(newVisit, reschedule.VisitDate);
        Assert.IsFalse(reschedule.NoticeSent);
        Assert.AreEqual(newSchedule.Notice.FiresAtUtc, hub.Activities.Inputs<InspectionStep>(id, ActivityNames.IssueNotice).Single().At);
        Assert.AreEqual(0, hub.Activities.ReminderKeys(id).Count, "the old schedule's reminders are gone");
    }

    [TestMethod]
    public async Task Reschedule_after_the_notice_moves_the_reminders_and_the_visit()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        var newVisit = new DateOnly(2027, 4, 12);
        var newSchedule = StandInActivities.ScheduleFor(newVisit);

        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.Reschedule(newVisit), Ct);
        await hub.AdvanceToAsync(Schedule.Visit.FiresAtUtc, Ct);
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.StartVisit), "no visit on the old visit day");
        Assert.AreEqual(0, hub.Activities.ReminderKeys(id).Count, "no reminders of the old schedule");

        await hub.AdvanceToAsync(newSchedule.Visit.FiresAtUtc, Ct);

        Assert.IsTrue(hub.Activities.Inputs<RescheduleStep>(id, ActivityNames.RescheduleInspection).Single().NoticeSent);
        Assert.AreEqual(1, hub.Activities.Names(id).Count(n => n == ActivityNames.IssueNotice), "the notice is not issued again");
        CollectionAssert.AreEqual(
            new[] { "selfreport-reminder-2027-04-05", "selfreport-dueday-2027-04-07", "selfreport-escalation-2027-04-08" },
            hub.Activities.ReminderKeys(id).ToArray());
        Assert.AreEqual(newSchedule.Visit.FiresAtUtc, hub.Activities.Inputs<InspectionStep>(id, ActivityNames.StartVisit).Single().At);
    }

    [TestMethod]
    public async Task Cancel_while_awaiting_findings_ends_the_inspection_cancelled_and_nothing_runs_after()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        await InspectionDriver.ReachVisitAsync(hub, inspection, Ct);

        await hub.SignalAsync(id, Signals.Cancel(), Ct);
        var callsAtCancel = hub.Activities.Names(id).Count;
        await hub.AdvanceToAsync(Schedule.FindingsReminders[^1].FiresAtUtc.AddDays(1), Ct);
        await hub.Client.RaiseEventAsync(id, WorkflowEvents.InspectionSignal, Signals.Findings(), Ct);
        await hub.RunUntilIdleAsync(Ct);

        Assert.AreEqual(ActivityNames.CancelInspection, hub.Activities.Names(id)[^1]);
        Assert.AreEqual(callsAtCancel, hub.Activities.Names(id).Count);
        var outcome = await hub.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual(InspectionStage.Cancelled, outcome.FinalStage);
        Assert.IsNull(outcome.Rating);
    }

    [TestMethod]
    public async Task Findings_reminders_go_to_the_team_lead_after_the_visit_while_no_findings_are_in()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.SelfReport(inspection.UnitId), Ct);

        await hub.AdvanceToAsync(Schedule.FindingsReminders[0].FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.Findings(), Ct);
        await hub.AdvanceToAsync(Schedule.FindingsReminders[1].FiresAtUtc, Ct);

        var reminders = hub.Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder)
            .Where(r => r.Template == EmailTemplateId.FindingsReminderToTeamLead).ToList();
        CollectionAssert.AreEqual(new[] { "findings-reminder-r1-2027-03-22" }, reminders.Select(r => r.Key).ToArray());
    }

    [TestMethod]
    public async Task Returned_conclusion_starts_a_second_review_round_and_the_approval_then_issues_it()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        await InspectionDriver.SubmitConclusionAsync(hub, inspection, Signals.Conclusion(), Ct);
        var firstApproval = StandInActivities.ApprovalWindow(Visit);
        await hub.AdvanceToAsync(firstApproval.Reminders[0].FiresAtUtc, Ct);

        await hub.SignalAsync(id, Signals.Return(), Ct);
        await hub.SignalAsync(id, Signals.Approve(), Ct);
        Assert.AreEqual(ActivityNames.RecordIgnoredSignal, hub.Activities.Names(id)[^1], "approval while awaiting the revised findings is ignored");
        await hub.SignalAsync(id, Signals.Findings(), Ct);
        await hub.SignalAsync(id, Signals.Conclusion(), Ct);
        var secondSubmitted = DateOnly.FromDateTime(hub.Clock.GetUtcNow().UtcDateTime);
        await hub.AdvanceToAsync(StandInActivities.ApprovalWindow(secondSubmitted).Escalation.FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.Approve(), Ct);

        var names = hub.Activities.Names(id);
        Assert.AreEqual(2, names.Count(n => n == ActivityNames.RecordFindings));
        Assert.AreEqual(2, names.Count(n => n == ActivityNames.SubmitConclusion));
        Assert.AreEqual(1, names.Count(n => n == ActivityNames.ReturnConclusion));
        Assert.AreEqual(1, names.Count(n => n == ActivityNames.IssueConclusion));
        Assert.AreEqual(ActivityNames.CloseInspection, names[^1]);
        CollectionAssert.AreEqual(
            new[]
            {
                "approval-reminder-r1-2027-03-18",
                $"approval-reminder-r2-{secondSubmitted.AddDays(3):yyyy-MM-dd}",
                $"approval-escalation-r2-{secondSubmitted.AddDays(5):yyyy-MM-dd}",
            },
            hub.Activities.ReminderKeys(id).Where(k => k.StartsWith("approval", StringComparison.Ordinal)).ToArray());
        Assert.AreEqual(InspectionStage.Closed, (await hub.OutputAsync<InspectionOutcome>(id, Ct)).FinalStage);
    }

    [TestMethod]
    public async Task A_signal_that_does_not_fit_the_wait_is_recorded_as_ignored_and_the_wait_keeps_its_deadline()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc, Ct);

        await hub.SignalAsync(id, Signals.Approve(), Ct);
        await hub.SignalAsync(id, Signals.Findings(), Ct);
        await hub.AdvanceToAsync(Schedule.SelfReportReminders[0].FiresAtUtc, Ct);

        var ignored = hub.Activities.Inputs<SignalStep>(id, ActivityNames.RecordIgnoredSignal);
        CollectionAssert.AreEqual(
            new[] { InspectionSignalKind.Approve, InspectionSignalKind.Findings },
            ignored.Select(s => s.Signal.Kind).ToArray());
        var reminder = hub.Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder).Single();
        Assert.AreEqual(Schedule.SelfReportReminders[0].FiresAtUtc, reminder.At);
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.RecordFindings));
        Assert.AreEqual(OrchestrationRuntimeStatus.Running, (await hub.InstanceAsync(id, Ct)).RuntimeStatus);
    }

    [TestMethod]
    public async Task Feedback_reminder_goes_to_the_unit_before_its_deadline_and_every_feedback_is_kept()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        await InspectionDriver.ReachVisitAsync(hub, inspection, Ct);
        await hub.SignalAsync(id, Signals.Findings(), Ct);

        await hub.SignalAsync(id, Signals.Feedback(inspection.UnitId), Ct);
        await hub.AdvanceToAsync(StandInActivities.FeedbackWindow(Visit).Deadline.FiresAtUtc, Ct);
        await hub.SignalAsync(id, Signals.Feedback(inspection.UnitId), Ct);

        Assert.AreEqual(2, hub.Activities.Names(id).Count(n => n == ActivityNames.RecordFeedback));
        var reminder = hub.Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder).Single();
        Assert.AreEqual("feedback-reminder-r1-2027-03-21", reminder.Key);
        Assert.AreEqual(EmailTemplateId.UnitFeedbackReminder, reminder.Template);
        Assert.AreEqual(new DateOnly(2027, 3, 22), reminder.DueDate);
    }

    [TestMethod]
    public async Task A_failed_activity_is_retried_a_minute_later_with_the_same_step()
    {
        var (hub, inspection) = await StartAsync();
        var id = inspection.InspectionId;
        hub.Activities.FailOnce(ActivityNames.IssueNotice);

        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc, Ct);
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.RequestSelfReport), "waits for the retry");
        await hub.AdvanceToAsync(Schedule.Notice.FiresAtUtc.AddMinutes(1), Ct);

        var notices = hub.Activities.Inputs<InspectionStep>(id, ActivityNames.IssueNotice);
        Assert.HasCount(2, notices);
        Assert.AreEqual(notices[0], notices[1], "the retry repeats the same step (same At), so the activity's keys match");
        Assert.AreEqual(ActivityNames.RequestSelfReport, hub.Activities.Names(id)[^1]);
        Assert.AreEqual(OrchestrationRuntimeStatus.Running, (await hub.InstanceAsync(id, Ct)).RuntimeStatus);
    }

    private async Task<(WorkflowHub Hub, InspectionInput Inspection)> StartAsync()
    {
        var hub = await WorkflowHub.StartAsync(new StandInActivities(), Ct);
        var plan = Emulators.UniqueName("kh");
        var inspection = new InspectionInput(plan + ".001", plan, "xa-an-binh", InspectionKind.Inspection, Visit);
        await hub.StartInspectionAsync(inspection, Ct);
        return (hub, inspection);
    }
}
