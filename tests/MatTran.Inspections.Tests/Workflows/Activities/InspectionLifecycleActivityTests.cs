using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed class InspectionLifecycleActivityTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Start_plan_creates_each_inspection_once_and_schedule_fixes_its_deadlines()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var first = await world.StartAsync();
        var again = await world.StartAsync();

        Assert.AreEqual(first, again);
        Assert.AreEqual(world.Plan.Id + ".001", first.InspectionId);
        Assert.AreEqual(ActivityWorld.VisitDate, first.VisitDate);

        var schedule = await new ScheduleInspection(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.ScheduleInspection, first.InspectionId),
            new InspectionStep(world.NextKey(first.InspectionId), first.InspectionId, ActivityWorld.At(new DateOnly(2023, 5, 2))));

        // Visit Monday 19/06/2023: notice 10 working days before (05/06), self-report due 3 before (14/06), 08:00 Vietnam = 01:00 UTC.
        Assert.AreEqual(new DateOnly(2023, 6, 5), schedule.Notice.Day);
        Assert.AreEqual(new DateTime(2023, 6, 5, 1, 0, 0, DateTimeKind.Utc), schedule.Notice.FiresAtUtc);
        Assert.AreEqual(new DateOnly(2023, 6, 14), schedule.SelfReportDue.Day);
        Assert.AreEqual(ActivityWorld.VisitDate, schedule.Visit.Day);
        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.Scheduled, details.Summary.Stage);
        Assert.AreEqual(schedule.SelfReportDue, details.Schedule!.SelfReportDue);
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.InspectionScheduled));
    }

    [TestMethod]
    public async Task Reschedule_after_the_notice_moves_the_deadlines_and_tells_the_unit_once()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        await new IssueNotice(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 6, 5))));
        var step = new RescheduleStep(world.NextKey(id), id, new DateOnly(2023, 7, 3), "Trùng lịch tiếp xúc cử tri", "planner", NoticeSent: true, ActivityWorld.At(new DateOnly(2023, 6, 7)));

        var schedule = await new RescheduleInspection(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.RescheduleInspection, id), step);
        await new RescheduleInspection(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.RescheduleInspection, id), step);

        Assert.AreEqual(new DateOnly(2023, 7, 3), schedule.Visit.Day);
        Assert.AreEqual(new DateOnly(2023, 6, 28), schedule.SelfReportDue.Day);
        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(new DateOnly(2023, 7, 3), details.Summary.VisitDate);
        Assert.AreEqual(InspectionStage.NoticeSent, details.Summary.Stage);
        Assert.AreEqual("19/06/2023 → 03/07/2023: Trùng lịch tiếp xúc cử tri", details.Audit.Single(a => a.Action == AuditAction.InspectionRescheduled).Details);
        var emails = await world.SettledInboxAsync(world.UnitEmail, 2, Ct);
        var moved = emails.Where(e => e.Subject.StartsWith("Thay đổi thời gian", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, moved);
        Assert.AreEqual("Thay đổi thời gian làm việc của Đoàn kiểm tra: ngày 03/07/2023", moved[0].Subject);
        StringAssert.Contains(moved[0].Text, "trước ngày 28/06/2023");
    }

    [TestMethod]
    public async Task Cancelling_before_the_notice_emails_nobody_and_keeps_the_reason()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;

        await new CancelInspection(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.CancelInspection, id),
            new SignalStep(world.NextKey(id), id, new InspectionSignal(InspectionSignalKind.Cancel, "planner", Text: "Đơn vị sáp nhập"), ActivityWorld.At(new DateOnly(2023, 5, 20))));

        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.Cancelled, details.Summary.Stage);
        Assert.AreEqual("Đơn vị sáp nhập", details.CancelReason);
        Assert.IsEmpty(await world.SettledInboxAsync(world.UnitEmail, 0, Ct));
    }

    [TestMethod]
    public async Task Cancelling_after_the_notice_tells_the_unit()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        await new IssueNotice(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 6, 5))));

        await new CancelInspection(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.CancelInspection, id),
            new SignalStep(world.NextKey(id), id, new InspectionSignal(InspectionSignalKind.Cancel, "planner", Text: "Đơn vị sáp nhập"), ActivityWorld.At(new DateOnly(2023, 6, 8))));

        var emails = await world.SettledInboxAsync(world.UnitEmail, 2, Ct);
        Assert.AreEqual(1, emails.Count(e => e.Subject == "Dừng kiểm tra đối với Ủy ban MTTQ Việt Nam xã Hạnh Sơn (Thông báo số 1/TB-MTTQ-BTT)"));
    }

    [TestMethod]
    public async Task Team_lead_reminders_go_to_the_leads_mailbox_from_the_directory_and_unit_reminders_to_the_unit()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        var reminder = new SendReminder(world.Services);
        var toTeamLead = new ReminderStep(world.NextKey(id), id, EmailTemplateId.FindingsReminderToTeamLead, "findings-reminder-2023-06-26", ActivityWorld.VisitDate, ActivityWorld.At(new DateOnly(2023, 6, 26)));
        var toUnit = new ReminderStep(world.NextKey(id), id, EmailTemplateId.SelfReportReminderOnDueDay, "selfreport-reminder-2023-06-14", new DateOnly(2023, 6, 14), ActivityWorld.At(new DateOnly(2023, 6, 14)));

        await reminder.RunAsync(ActivityWorld.Context(ActivityNames.SendReminder, id), toTeamLead);
        await reminder.RunAsync(ActivityWorld.Context(ActivityNames.SendReminder, id), toTeamLead);
        await reminder.RunAsync(ActivityWorld.Context(ActivityNames.SendReminder, id), toUnit);

        var office = await world.SettledInboxAsync(world.TeamLeadEmail, 1, Ct);
        Assert.HasCount(1, office);
        Assert.AreEqual("Nhắc cập nhật kết quả kiểm tra tại Ủy ban MTTQ Việt Nam xã Hạnh Sơn", office[0].Subject);
        StringAssert.StartsWith(office[0].Text, "Kính gửi: đồng chí Nguyễn Văn Hùng, Phó Chủ tịch, Trưởng đoàn kiểm tra.");
        StringAssert.Contains(office[0].Text, "đến nay đã 7 ngày");
        var unit = await world.SettledInboxAsync(world.UnitEmail, 1, Ct);
        Assert.HasCount(1, unit);
        Assert.AreEqual("Hôm nay, ngày 14/06/2023, là hạn cuối gửi báo cáo tự kiểm tra", unit[0].Subject);
        Assert.AreEqual(2, (await world.DetailsAsync(Ct)).Audit.Count(a => a.Action == AuditAction.ReminderSent));
    }

    [TestMethod]
    public async Task Follow_up_is_created_once_for_the_same_unit_and_the_parent_closes_with_the_approved_rating()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (inspection, _, _) = await IssueConclusionTests.ApprovedAsync(world, Ct);
        string id = inspection.InspectionId;
        var step = new FollowUpStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 11, 6)), ActivityWorld.Clock);

        var followUp = await new CreateFollowUp(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.CreateFollowUp, id), step);
        var again = await new CreateFollowUp(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.CreateFollowUp, id), step);

        Assert.AreEqual(followUp, again);
        Assert.AreEqual(id + ".pt", followUp.InspectionId);
        Assert.AreEqual(InspectionKind.FollowUp, followUp.Kind);
        Assert.AreEqual(id, followUp.ParentInspectionId);
        Assert.AreEqual(world.UnitId, followUp.UnitId);
        // 15 working days after Monday 06/11/2023.
        Assert.AreEqual(new DateOnly(2023, 11, 27), followUp.VisitDate);
        var parent = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.FollowUp, parent.Summary.Stage);
        Assert.AreEqual(followUp.InspectionId, parent.FollowUpInspectionId);
        var child = await world.Inspections.GetAsync(followUp.InspectionId, Ct);
        Assert.AreEqual(parent.CoveredPeriod, child!.CoveredPeriod);
        Assert.AreEqual(id, child.Summary.ParentInspectionId);
        CollectionAssert.AreEqual(new[] { id, id + ".pt" },
            (await world.Inspections.ListAsync(unitId: world.UnitId, cancellationToken: Ct)).Select(s => s.Id).ToArray());

        await new CloseInspection(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.CloseInspection, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 12, 20))));

        var closed = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.Closed, closed.Summary.Stage);
        Assert.AreEqual(Rating.Tot, closed.Rating);
        Assert.AreEqual("Tốt", closed.Audit.Single(a => a.Action == AuditAction.UnitRated).Details);
    }

    [TestMethod]
    public async Task Feedback_return_and_ignored_requests_are_kept_on_the_inspection()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        var services = world.Services;
        var window = await new RecordFindings(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id),
            new SignalStep(world.NextKey(id), id, Requests.Findings(), ActivityWorld.At(new DateOnly(2023, 6, 22))));
        await new RecordFeedback(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFeedback, id),
            new SignalStep(world.NextKey(id), id, new InspectionSignal(InspectionSignalKind.Feedback, "unit:" + world.UnitId, Text: "Đơn vị đã bổ sung chứng từ."), ActivityWorld.At(new DateOnly(2023, 6, 26))));
        await new SubmitConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.SubmitConclusion, id),
            new SignalStep(world.NextKey(id), id, Requests.Conclusion(), ActivityWorld.At(new DateOnly(2023, 7, 3))));
        await new ReturnConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.ReturnConclusion, id),
            new SignalStep(world.NextKey(id), id, new InspectionSignal(InspectionSignalKind.Return, "giamsat", Text: "Bổ sung số liệu."), ActivityWorld.At(new DateOnly(2023, 7, 4))));
        await new RecordFindings(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id),
            new SignalStep(world.NextKey(id), id, Requests.Findings(), ActivityWorld.At(new DateOnly(2023, 7, 6))));
        await new RecordIgnoredSignal(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordIgnoredSignal, id),
            new SignalStep(world.NextKey(id), id, new InspectionSignal(InspectionSignalKind.SelfReport, "unit:" + world.UnitId, DocumentId: id + ".selfreport.v1"), ActivityWorld.At(new DateOnly(2023, 7, 6))));

        // Draft sent Thursday 22/06/2023: 5 working days to reply, so 29/06.
        Assert.AreEqual(new DateOnly(2023, 6, 29), window.Deadline.Day);
        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.AwaitingUnitFeedback, details.Summary.Stage);
        CollectionAssert.AreEqual(new[] { 1, 2 }, details.Drafts.Select(d => d.Revision.Revision).ToArray());
        Assert.AreEqual(1, details.Feedback.Single().DraftRevision);
        Assert.AreEqual(ConclusionStatus.Returned, details.Conclusion!.Status);
        Assert.AreEqual("Bổ sung số liệu.", details.Conclusion.ReturnComment);
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.DraftReportRevised));
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.SignalIgnored));
        var drafts = await world.SettledInboxAsync(world.UnitEmail, 2, Ct);
        Assert.AreEqual(2, drafts.Count(e => e.Subject.StartsWith("Dự thảo báo cáo", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task A_redelivered_step_changes_nothing()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        var services = world.Services;
        await new IssueNotice(services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 6, 5))));
        var upload = new SignalStep(world.NextKey(id), id,
            new InspectionSignal(InspectionSignalKind.SelfReport, "unit:" + world.UnitId, DocumentId: id + ".selfreport.v1"), ActivityWorld.At(new DateOnly(2023, 6, 9)));
        var reminder = new ReminderStep(world.NextKey(id), id, EmailTemplateId.FindingsReminderToTeamLead, "findings-reminder-r1-2023-06-26",
            ActivityWorld.VisitDate, ActivityWorld.At(new DateOnly(2023, 6, 26)));
        var findings = new SignalStep(world.NextKey(id), id, Requests.Findings(), ActivityWorld.At(new DateOnly(2023, 6, 27)));
        var feedback = new SignalStep(world.NextKey(id), id,
            new InspectionSignal(InspectionSignalKind.Feedback, "unit:" + world.UnitId, Text: "Đơn vị đã bổ sung chứng từ."), ActivityWorld.At(new DateOnly(2023, 6, 28)));
        var ignored = new SignalStep(world.NextKey(id), id, Requests.Approve(), ActivityWorld.At(new DateOnly(2023, 6, 28)));

        async Task RunAllAsync()
        {
            await new RecordSelfReport(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordSelfReport, id), upload);
            await new SendReminder(services).RunAsync(ActivityWorld.Context(ActivityNames.SendReminder, id), reminder);
            await new RecordFindings(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id), findings);
            await new RecordFeedback(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFeedback, id), feedback);
            await new RecordIgnoredSignal(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordIgnoredSignal, id), ignored);
        }

        await RunAllAsync();
        var once = await world.DetailsAsync(Ct);
        await RunAllAsync();
        var twice = await world.DetailsAsync(Ct);

        Assert.AreEqual(once.Summary, twice.Summary);
        CollectionAssert.AreEqual(once.Audit.ToArray(), twice.Audit.ToArray());
        Assert.HasCount(1, twice.Drafts);
        Assert.HasCount(1, twice.Feedback);
        var unitEmails = await world.SettledInboxAsync(world.UnitEmail, 2, Ct);
        Assert.AreEqual(1, unitEmails.Count(e => e.Subject.StartsWith("Dự thảo báo cáo", StringComparison.Ordinal)), "the draft is emailed once");
        // The team lead gets the reminder and, since staff notifications, one email per upload and per feedback.
        var leadEmails = await world.SettledInboxAsync(world.TeamLeadEmail, 3, Ct);
        Assert.HasCount(3, leadEmails, "each of the three is emailed once");
        Assert.AreEqual(1, leadEmails.Count(e => e.Subject.StartsWith("Nhắc cập nhật kết quả", StringComparison.Ordinal)), "the reminder is emailed once");
        Assert.AreEqual(1, leadEmails.Count(e => e.Subject.Contains("ý kiến giải trình", StringComparison.Ordinal)), "the feedback notification is emailed once");
    }

    [TestMethod]
    public async Task Identical_requests_at_the_same_moment_in_two_calls_are_two_steps()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        var services = world.Services;
        var at = ActivityWorld.At(new DateOnly(2023, 7, 3));
        await new RecordFindings(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id), new SignalStep(world.NextKey(id), id, Requests.Findings(), at));
        var feedback = new InspectionSignal(InspectionSignalKind.Feedback, "unit:" + world.UnitId, Text: "Đơn vị giải trình thêm.");
        var conclusion = Requests.Conclusion();

        // Two feedbacks with the same text at one moment, then the same conclusion submitted, returned and submitted again.
        await new RecordFeedback(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFeedback, id), new SignalStep(world.NextKey(id), id, feedback, at));
        await new RecordFeedback(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFeedback, id), new SignalStep(world.NextKey(id), id, feedback, at));
        await new SubmitConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.SubmitConclusion, id), new SignalStep(world.NextKey(id), id, conclusion, at));
        await new ReturnConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.ReturnConclusion, id),
            new SignalStep(world.NextKey(id), id, new InspectionSignal(InspectionSignalKind.Return, "giamsat", Text: "Bổ sung số liệu."), at));
        var resubmitted = new SignalStep(world.NextKey(id), id, conclusion, at);
        await new SubmitConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.SubmitConclusion, id), resubmitted);
        // And a redelivery of the last one changes nothing.
        await new SubmitConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.SubmitConclusion, id), resubmitted);

        var details = await world.DetailsAsync(Ct);
        Assert.HasCount(2, details.Feedback);
        Assert.AreEqual(InspectionStage.AwaitingApproval, details.Summary.Stage);
        Assert.AreEqual(ConclusionStatus.Submitted, details.Conclusion!.Status);
        Assert.AreEqual(2, details.Audit.Count(a => a.Action == AuditAction.ConclusionSubmitted));
    }
}
