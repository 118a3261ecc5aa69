using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask.Client;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// The Inspection orchestrator on the real engine (Azurite) with stand-in activities. Each test rehearses its own
/// inspection on a plan clock that starts shortly before the moments it is about and runs 1–3 real seconds a day, so
/// those moments come a few real seconds apart; a test acts when a step has been seen, in windows of several seconds.
/// </summary>
[TestClass]
public sealed class InspectionOrchestratorTests
{
    private static readonly DateOnly Visit = new(2027, 3, 15);
    private static readonly InspectionSchedule Schedule = StandInActivities.ScheduleFor(Visit);
    private static WorkflowEngine? s_engine;

    public TestContext TestContext { get; set; } = null!;

    private static WorkflowEngine Engine => s_engine!;

    private static StandInActivities Activities => Engine.Activities;

    private CancellationToken Ct => TestContext.CancellationToken;

    [ClassInitialize]
    public static async Task StartEngineAsync(TestContext context) => s_engine = await WorkflowEngine.StartAsync(context.CancellationToken);

    [ClassCleanup]
    public static async Task StopEngineAsync()
    {
        if (s_engine is not null)
        {
            await s_engine.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Happy_path_runs_every_stage_in_order_and_closes_with_the_rating()
    {
        var inspection = await StartAsync(Schedule.Notice.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var id = inspection.InspectionId;

        await Activities.CalledAsync(id, ActivityNames.RequestSelfReport, Ct);
        await SignalAndAwaitAsync(id, Signals.SelfReport(inspection.UnitId), ActivityNames.RecordSelfReport);
        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);
        await SignalAndAwaitAsync(id, Signals.Findings(), ActivityNames.RecordFindings);
        await SignalAndAwaitAsync(id, Signals.Feedback(inspection.UnitId), ActivityNames.RecordFeedback);
        await SignalAndAwaitAsync(id, Signals.Conclusion(followUp: false, new DateOnly(2027, 6, 30)), ActivityNames.SubmitConclusion);
        await SignalAndAwaitAsync(id, Signals.Approve(), ActivityNames.IssueConclusion);
        var remediationId = WorkflowInstanceIds.ForRemediation(id, 0);
        await Activities.CalledAsync(id, ActivityNames.ScheduleRemediation, Ct);
        await Engine.SignalAsync(remediationId, Signals.Report(), Ct);
        await Activities.CalledAsync(id, ActivityNames.RecordRemediation, Ct);
        await Engine.SignalAsync(remediationId, Signals.Accept(), Ct);

        var outcome = await Engine.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual(new InspectionOutcome(id, inspection.UnitId, InspectionKind.Inspection, InspectionStage.Closed, Rating.Tot, 1, 1, 0, null), outcome);
        // Reminders may fall between the steps, as their days come; the stages are what this test is about.
        CollectionAssert.AreEqual(
            new[]
            {
                ActivityNames.ScheduleInspection, ActivityNames.IssueNotice, ActivityNames.RequestSelfReport, ActivityNames.RecordSelfReport,
                ActivityNames.StartVisit, ActivityNames.RecordFindings, ActivityNames.RecordFeedback, ActivityNames.SubmitConclusion,
                ActivityNames.IssueConclusion, ActivityNames.StartRemediationStage, ActivityNames.ScheduleRemediation,
                ActivityNames.RecordRemediation, ActivityNames.RecordRemediation, ActivityNames.CloseInspection,
            },
            Activities.Names(id).Where(n => n != ActivityNames.SendReminder).ToArray());
    }

    [TestMethod]
    public async Task Steps_a_timer_brings_carry_the_plan_time_of_their_moment()
    {
        var inspection = await StartAsync(Schedule.Notice.FiresAtUtc.AddDays(-5), secondsPerDay: 1);
        var id = inspection.InspectionId;

        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);

        var scheduled = Activities.Inputs<InspectionStep>(id, ActivityNames.ScheduleInspection).Single();
        Assert.IsTrue(scheduled.At >= inspection.Clock.PlanStartUtc && scheduled.At < Schedule.Notice.FiresAtUtc, $"scheduled at plan time {scheduled.At:O}");
        Assert.AreEqual(Schedule.Notice.FiresAtUtc, Activities.Inputs<InspectionStep>(id, ActivityNames.IssueNotice).Single().At);
        Assert.AreEqual(Schedule.Notice.FiresAtUtc, Activities.Inputs<InspectionStep>(id, ActivityNames.RequestSelfReport).Single().At, "the step after the notice shares its moment");
        CollectionAssert.AreEqual(
            new[] { Schedule.SelfReportReminders[0].FiresAtUtc, Schedule.SelfReportDue.FiresAtUtc, Schedule.SelfReportEscalation.FiresAtUtc },
            Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder).Select(r => r.At).ToArray());
        Assert.AreEqual(Schedule.Visit.FiresAtUtc, Activities.Inputs<InspectionStep>(id, ActivityNames.StartVisit).Single().At);
    }

    [TestMethod]
    public async Task Without_a_self_report_the_unit_is_reminded_before_and_on_the_due_day_the_planner_is_told_and_the_visit_still_happens()
    {
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-12), secondsPerDay: 1);
        var id = inspection.InspectionId;

        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);

        var reminders = Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder);
        CollectionAssert.AreEqual(
            new[] { "selfreport-reminder-2027-03-08", "selfreport-dueday-2027-03-10", "selfreport-escalation-2027-03-11" },
            reminders.Select(r => r.Key).ToArray());
        CollectionAssert.AreEqual(
            new[] { EmailTemplateId.SelfReportReminderBeforeDue, EmailTemplateId.SelfReportReminderOnDueDay, EmailTemplateId.SelfReportOverdueToPlanner },
            reminders.Select(r => r.Template).ToArray());
        Assert.IsTrue(reminders.All(r => r.DueDate == Schedule.SelfReportDue.Day));
        Assert.AreEqual(Schedule.SelfReportDue.FiresAtUtc, reminders[1].At);
        var names = Activities.Names(id);
        Assert.AreEqual(ActivityNames.StartVisit, names[^1], "the visit comes after every reminder");
        Assert.AreEqual(Schedule.Visit.FiresAtUtc, Activities.Inputs<InspectionStep>(id, ActivityNames.StartVisit).Single().At);
    }

    [TestMethod]
    public async Task A_self_report_before_the_due_day_stops_the_reminders_and_the_escalation()
    {
        // Four seconds a day: the upload has the two days between the first reminder and the due day, eight seconds.
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-8.5), secondsPerDay: 4);
        var id = inspection.InspectionId;

        await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct);
        var upload = await SignalAndAwaitAsync(id, Signals.SelfReport(inspection.UnitId), ActivityNames.RecordSelfReport);
        Assert.IsTrue(upload.At < Schedule.SelfReportDue.FiresAtUtc, $"the upload came before the due day (plan time {upload.At:O})");
        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);

        CollectionAssert.AreEqual(new[] { "selfreport-reminder-2027-03-08" }, Activities.ReminderKeys(id).ToArray());
        Assert.AreEqual(1, Activities.Names(id).Count(n => n == ActivityNames.RecordSelfReport));
        Assert.AreEqual(1, Activities.Names(id).Count(n => n == ActivityNames.StartVisit));
    }

    [TestMethod]
    public async Task A_second_self_report_before_the_visit_is_recorded_as_a_new_version()
    {
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-5), secondsPerDay: 2);
        var id = inspection.InspectionId;
        await Activities.CalledAsync(id, ActivityNames.RequestSelfReport, Ct);

        await SignalAndAwaitAsync(id, Signals.SelfReport(inspection.UnitId), ActivityNames.RecordSelfReport);
        var second = await SignalAndAwaitAsync(id, Signals.SelfReport(inspection.UnitId), ActivityNames.RecordSelfReport, count: 2);

        Assert.IsTrue(second.At < Schedule.Visit.FiresAtUtc, "both came before the visit");
        Assert.IsFalse(Activities.Names(id).Contains(ActivityNames.RecordIgnoredSignal));
    }

    [TestMethod]
    public async Task Reschedule_before_the_notice_waits_for_the_new_notice_day()
    {
        // The new visit is earlier, so its notice day comes before the old one: a notice on the old day would show.
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-22), secondsPerDay: 1.5);
        var id = inspection.InspectionId;
        var newVisit = Visit.AddDays(-3);
        var newSchedule = StandInActivities.ScheduleFor(newVisit);
        await Activities.CalledAsync(id, ActivityNames.ScheduleInspection, Ct);

        var reschedule = await SignalAndAwaitAsync(id, Signals.Reschedule(newVisit), ActivityNames.RescheduleInspection);
        var notice = await Activities.CalledAsync(id, ActivityNames.IssueNotice, Ct);
        var firstReminder = await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct);

        var step = (RescheduleStep)reschedule.Input;
        Assert.AreEqual(newVisit, step.VisitDate);
        Assert.IsFalse(step.NoticeSent);
        Assert.AreEqual(newSchedule.Notice.FiresAtUtc, notice.At);
        Assert.AreEqual(1, Activities.Names(id).Count(n => n == ActivityNames.IssueNotice), "no notice on the old notice day, which passed before the first reminder");
        Assert.AreEqual("selfreport-reminder-2027-03-05", ((ReminderStep)firstReminder.Input).Key, "the reminders follow the new schedule");
    }

    [TestMethod]
    public async Task Reschedule_after_the_notice_moves_the_reminders_and_the_visit()
    {
        var inspection = await StartAsync(Schedule.Notice.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var id = inspection.InspectionId;
        var newVisit = Visit.AddDays(3);
        var newSchedule = StandInActivities.ScheduleFor(newVisit);
        await Activities.CalledAsync(id, ActivityNames.IssueNotice, Ct);

        var reschedule = await SignalAndAwaitAsync(id, Signals.Reschedule(newVisit), ActivityNames.RescheduleInspection);
        var visit = await Activities.CalledAsync(id, ActivityNames.StartVisit, Ct);

        Assert.IsTrue(((RescheduleStep)reschedule.Input).NoticeSent);
        Assert.AreEqual(1, Activities.Names(id).Count(n => n == ActivityNames.IssueNotice), "the notice is not issued again");
        CollectionAssert.AreEqual(
            new[] { "selfreport-reminder-2027-03-11", "selfreport-dueday-2027-03-13", "selfreport-escalation-2027-03-14" },
            Activities.ReminderKeys(id).ToArray(),
            "only the new schedule's reminders");
        Assert.AreEqual(newSchedule.Visit.FiresAtUtc, visit.At);
    }

    [TestMethod]
    public async Task Cancel_while_awaiting_findings_ends_the_inspection_cancelled_and_nothing_runs_after()
    {
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var id = inspection.InspectionId;
        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);

        await SignalAndAwaitAsync(id, Signals.Cancel(), ActivityNames.CancelInspection);
        await Engine.SignalAsync(id, Signals.Findings(), Ct);
        var outcome = await Engine.OutputAsync<InspectionOutcome>(id, Ct);

        Assert.AreEqual(ActivityNames.CancelInspection, Activities.Names(id)[^1]);
        Assert.IsFalse(Activities.Names(id).Contains(ActivityNames.RecordFindings));
        Assert.AreEqual(InspectionStage.Cancelled, outcome.FinalStage);
        Assert.IsNull(outcome.Rating);
    }

    [TestMethod]
    public async Task Findings_reminders_go_to_the_team_lead_after_the_visit_while_no_findings_are_in()
    {
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var id = inspection.InspectionId;

        await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct, where: IsTemplate(EmailTemplateId.FindingsReminderToTeamLead));
        var findings = await SignalAndAwaitAsync(id, Signals.Findings(), ActivityNames.RecordFindings);
        Assert.IsTrue(findings.At < Schedule.FindingsReminders[1].FiresAtUtc, "the findings came before the second reminder's day");
        await WorkflowEngine.PlanTimePassedAsync(inspection.Clock, Schedule.FindingsReminders[1].FiresAtUtc, TimeSpan.FromSeconds(5), Ct);

        CollectionAssert.AreEqual(
            new[] { "findings-reminder-r1-2027-03-22" },
            Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder)
                .Where(r => r.Template == EmailTemplateId.FindingsReminderToTeamLead).Select(r => r.Key).ToArray());
    }

    [TestMethod]
    public async Task Returned_conclusion_starts_a_second_review_round_and_the_approval_then_issues_it()
    {
        // Four seconds a day: the return has the two days between the supervisor's reminder and the escalation.
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 4);
        var id = inspection.InspectionId;
        await InspectionDriver.SubmitConclusionAsync(Engine, inspection, Signals.Conclusion(), Ct);
        var firstSubmitted = DateOnly.FromDateTime(Activities.Inputs<SignalStep>(id, ActivityNames.SubmitConclusion)[0].At);
        await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct, where: IsTemplate(EmailTemplateId.ApprovalReminderToSupervisor));

        var returned = await SignalAndAwaitAsync(id, Signals.Return(), ActivityNames.ReturnConclusion);
        Assert.IsTrue(returned.At < StandInActivities.ApprovalWindow(firstSubmitted).Escalation.FiresAtUtc, "returned before the first escalation");
        await SignalAndAwaitAsync(id, Signals.Approve(), ActivityNames.RecordIgnoredSignal);
        await InspectionDriver.SubmitConclusionAsync(Engine, inspection, Signals.Conclusion(), Ct, round: 2);
        var secondSubmitted = DateOnly.FromDateTime(Activities.Inputs<SignalStep>(id, ActivityNames.SubmitConclusion)[1].At);
        await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct, where: IsTemplate(EmailTemplateId.ApprovalEscalationToPlanner));
        await Engine.SignalAsync(id, Signals.Approve(), Ct);

        Assert.AreEqual(InspectionStage.Closed, (await Engine.OutputAsync<InspectionOutcome>(id, Ct)).FinalStage);
        var names = Activities.Names(id);
        Assert.AreEqual(2, names.Count(n => n == ActivityNames.RecordFindings));
        Assert.AreEqual(2, names.Count(n => n == ActivityNames.SubmitConclusion));
        Assert.AreEqual(1, names.Count(n => n == ActivityNames.ReturnConclusion));
        Assert.AreEqual(1, names.Count(n => n == ActivityNames.IssueConclusion));
        Assert.AreEqual(ActivityNames.CloseInspection, names[^1]);
        Assert.AreEqual(InspectionSignalKind.Approve, Activities.Inputs<SignalStep>(id, ActivityNames.RecordIgnoredSignal).Single().Signal.Kind,
            "the approval while awaiting the revised findings is ignored");
        CollectionAssert.AreEqual(
            new[]
            {
                $"approval-reminder-r1-{firstSubmitted.AddDays(3):yyyy-MM-dd}",
                $"approval-reminder-r2-{secondSubmitted.AddDays(3):yyyy-MM-dd}",
                $"approval-escalation-r2-{secondSubmitted.AddDays(5):yyyy-MM-dd}",
            },
            Activities.ReminderKeys(id).Where(k => k.StartsWith("approval", StringComparison.Ordinal)).ToArray());
    }

    [TestMethod]
    public async Task Findings_that_overtake_the_visit_day_are_kept_and_recorded_when_it_comes()
    {
        // The API takes findings once the read model shows AwaitingFindings; after a crash that request can reach the
        // orchestration before the visit-day timer that moves it there. It must wait for that stage, not be dropped.
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-4), secondsPerDay: 2);
        var id = inspection.InspectionId;
        await Activities.CalledAsync(id, ActivityNames.RequestSelfReport, Ct);
        await SignalAndAwaitAsync(id, Signals.SelfReport(inspection.UnitId), ActivityNames.RecordSelfReport);
        await Engine.SignalAsync(id, Signals.Findings(), Ct);

        await Activities.CalledAsync(id, ActivityNames.RecordFindings, Ct);
        var names = Activities.Names(id).ToList();
        Assert.IsLessThan(names.IndexOf(ActivityNames.RecordFindings), names.IndexOf(ActivityNames.StartVisit), "recorded once the visit day came");
        Assert.IsFalse(names.Contains(ActivityNames.RecordIgnoredSignal), string.Join(", ", names));
    }

    [TestMethod]
    public async Task A_request_kept_for_the_next_stage_is_recorded_as_ignored_when_the_inspection_moves_elsewhere()
    {
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 2);
        var id = inspection.InspectionId;
        await InspectionDriver.SubmitConclusionAsync(Engine, inspection, Signals.Conclusion(followUp: false, new DateOnly(2027, 6, 30)), Ct);

        // Revised findings fit only after a return; the supervisor approves instead.
        await Engine.SignalAsync(id, Signals.Findings(), Ct);
        await Eventually.UntilAsync(async () => await Engine.SignalsTakenAsync(id) >= 3 ? "taken" : null, "the early findings taken", Ct);
        await SignalAndAwaitAsync(id, Signals.Approve(), ActivityNames.IssueConclusion);

        var ignored = await Activities.CalledAsync(id, ActivityNames.RecordIgnoredSignal, Ct);
        Assert.AreEqual(InspectionSignalKind.Findings, ((SignalStep)ignored.Input).Signal.Kind);
        Assert.AreEqual(1, Activities.Names(id).Count(n => n == ActivityNames.RecordFindings), "the kept findings were never applied");
    }

    [TestMethod]
    public async Task A_signal_that_does_not_fit_the_wait_is_recorded_as_ignored_and_the_wait_keeps_its_deadline()
    {
        // Four real seconds a plan day: both signals must be handled before the first reminder falls due, also on a
        // loaded machine, or the test would not show that handling them kept the wait's deadline.
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-12), secondsPerDay: 4);
        var id = inspection.InspectionId;
        await Activities.CalledAsync(id, ActivityNames.RequestSelfReport, Ct);

        await SignalAndAwaitAsync(id, Signals.Approve(), ActivityNames.RecordIgnoredSignal);
        await SignalAndAwaitAsync(id, Signals.Findings(), ActivityNames.RecordIgnoredSignal, count: 2);
        var reminder = await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct);

        CollectionAssert.AreEqual(
            new[] { InspectionSignalKind.Approve, InspectionSignalKind.Findings },
            Activities.Inputs<SignalStep>(id, ActivityNames.RecordIgnoredSignal).Select(s => s.Signal.Kind).ToArray());
        Assert.AreEqual(ActivityNames.SendReminder, Activities.Names(id)[^1], "both were ignored while the wait went on");
        Assert.AreEqual(Schedule.SelfReportReminders[0].FiresAtUtc, reminder.At);
        Assert.IsFalse(Activities.Names(id).Contains(ActivityNames.RecordFindings));
        Assert.AreEqual(OrchestrationRuntimeStatus.Running, (await Engine.InstanceAsync(id, Ct)).RuntimeStatus);
    }

    [TestMethod]
    public async Task Feedback_reminder_goes_to_the_unit_before_its_deadline_and_every_feedback_is_kept()
    {
        var inspection = await StartAsync(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var id = inspection.InspectionId;
        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);
        var findings = await SignalAndAwaitAsync(id, Signals.Findings(), ActivityNames.RecordFindings);
        var window = StandInActivities.FeedbackWindow(DateOnly.FromDateTime(findings.At));

        await SignalAndAwaitAsync(id, Signals.Feedback(inspection.UnitId), ActivityNames.RecordFeedback);
        await Activities.CalledAsync(id, ActivityNames.SendReminder, Ct, where: IsTemplate(EmailTemplateId.UnitFeedbackReminder));
        await WorkflowEngine.PlanTimePassedAsync(inspection.Clock, window.Deadline.FiresAtUtc, TimeSpan.FromSeconds(1), Ct);
        var late = await SignalAndAwaitAsync(id, Signals.Feedback(inspection.UnitId), ActivityNames.RecordFeedback, count: 2);

        Assert.IsTrue(late.At > window.Deadline.FiresAtUtc, "the second feedback came after the deadline and is kept");
        var reminder = Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder).Single(r => r.Template == EmailTemplateId.UnitFeedbackReminder);
        Assert.AreEqual($"feedback-reminder-r1-{window.Reminders[0].Day:yyyy-MM-dd}", reminder.Key);
        Assert.AreEqual(window.Deadline.Day, reminder.DueDate);
    }

    [TestMethod]
    public async Task A_failed_activity_is_retried_a_moment_later_with_the_same_step()
    {
        var inspection = NewInspection(Schedule.Notice.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var id = inspection.InspectionId;
        Activities.FailOnce(ActivityNames.IssueNotice, id);
        await Engine.StartInspectionAsync(inspection, Ct);

        await Activities.CalledAsync(id, ActivityNames.RequestSelfReport, Ct);

        var notices = Activities.Calls(id).Where(c => c.Name == ActivityNames.IssueNotice).ToList();
        Assert.HasCount(2, notices);
        Assert.AreEqual(notices[0].Input, notices[1].Input, "the retry repeats the same step (same key and plan time), so the activity's writes match");
        Assert.IsTrue(notices[1].RanAtUtc > notices[0].RanAtUtc, "retried after the failure");
        Assert.AreEqual(OrchestrationRuntimeStatus.Running, (await Engine.InstanceAsync(id, Ct)).RuntimeStatus);
    }

    [TestMethod]
    public async Task Step_keys_count_the_calls_of_the_run_so_every_replay_makes_the_same_keys()
    {
        var inspection = NewInspection(Schedule.Visit.FiresAtUtc.AddDays(-8), secondsPerDay: 1);
        var id = inspection.InspectionId;
        Activities.FailOnce(ActivityNames.RequestSelfReport, id);
        await Engine.StartInspectionAsync(inspection, Ct);

        await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);

        // Each episode replays the run from its start, so the n-th call is numbered n only if replays rebuild the keys.
        var calls = Activities.Calls(id);
        var keys = calls.Select(c => c.Input.StepKey).Distinct().ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, keys.Count).Select(n => $"{id}#{n}").ToArray(), keys.ToArray());
        Assert.HasCount(keys.Count + 1, calls, "only the retried call repeats its key");
        var requests = calls.Where(c => c.Name == ActivityNames.RequestSelfReport).Select(c => c.Input.StepKey).ToList();
        CollectionAssert.AreEqual(new[] { $"{id}#3", $"{id}#3" }, requests.ToArray());
    }

    private static Func<ActivityCall, bool> IsTemplate(EmailTemplateId template) =>
        call => call.Input is ReminderStep reminder && reminder.Template == template;

    private static InspectionInput NewInspection(DateTime planStartUtc, double secondsPerDay)
    {
        var plan = Emulators.UniqueName("kh");
        return new InspectionInput(plan + ".001", plan, "xa-an-binh", InspectionKind.Inspection, Visit, WorkflowEngine.ClockFrom(planStartUtc, secondsPerDay));
    }

    private async Task<InspectionInput> StartAsync(DateTime planStartUtc, double secondsPerDay)
    {
        var inspection = NewInspection(planStartUtc, secondsPerDay);
        await Engine.StartInspectionAsync(inspection, Ct);
        return inspection;
    }

    private async Task<ActivityCall> SignalAndAwaitAsync(string id, InspectionSignal signal, string activity, int count = 1)
    {
        await Engine.SignalAsync(id, signal, Ct);
        return await Activities.CalledAsync(id, activity, Ct, count);
    }
}
