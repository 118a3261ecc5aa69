using MatTran.Inspections.Audit;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed class RecordRemediationTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Overdue_item_emails_the_unit_head_and_the_planner_once()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (_, issued, _) = await IssueConclusionTests.ApprovedAsync(world, Ct);
        var remediation = issued.Remediations[0];
        var step = new RemediationStep(world.NextKey(remediation.RemediationId), remediation, ActivityWorld.At(Requests.FirstDue.AddDays(4)), Overdue: true);
        var activity = new RecordRemediation(world.Services);

        var recorded = await activity.RunAsync(ActivityWorld.Context(ActivityNames.RecordRemediation, remediation.RemediationId), step);
        await activity.RunAsync(ActivityWorld.Context(ActivityNames.RecordRemediation, remediation.RemediationId), step);

        Assert.AreEqual(RemediationStatus.Overdue, recorded.Status);
        var unitEmails = await world.SettledInboxAsync(world.UnitEmail, 4, Ct);
        var toUnitHead = unitEmails.Where(e => e.Subject.StartsWith("Kiến nghị quá hạn khắc phục", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, toUnitHead);
        Assert.AreEqual("Kiến nghị quá hạn khắc phục 4 ngày (Thông báo số 2/TB-MTTQ-BTT)", toUnitHead[0].Subject);
        StringAssert.Contains(toUnitHead[0].Text, "\"Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo\"");

        var plannerEmails = await world.SettledInboxAsync(world.IssuerEmail, 1, Ct);
        Assert.HasCount(1, plannerEmails);
        Assert.AreEqual("Ủy ban MTTQ Việt Nam xã Hạnh Sơn quá hạn khắc phục kiến nghị 4 ngày", plannerEmails[0].Subject);

        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.RemediationOverdue));
        Assert.AreEqual(RemediationStatus.Overdue, details.Remediations[0].Status);
        Assert.AreEqual(RemediationStatus.Open, details.Remediations[1].Status);
    }

    [TestMethod]
    public async Task Rejected_report_sets_the_new_due_date_and_a_second_report_can_be_accepted()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (_, issued, _) = await IssueConclusionTests.ApprovedAsync(world, Ct);
        var remediation = issued.Remediations[1];
        var activity = new RecordRemediation(world.Services);
        var newDue = new DateOnly(2023, 11, 30);

        async Task<RemediationRecorded> Send(RemediationSignal signal, DateOnly day) =>
            await activity.RunAsync(ActivityWorld.Context(ActivityNames.RecordRemediation, remediation.RemediationId),
                new RemediationStep(world.NextKey(remediation.RemediationId), remediation, ActivityWorld.At(day), signal));

        var reported = await Send(new RemediationSignal(RemediationSignalKind.Report, "unit:" + world.UnitId, "Đã niêm yết danh sách."), new DateOnly(2023, 10, 20));
        var rejected = await Send(new RemediationSignal(RemediationSignalKind.Reject, "truongdoan", "Chưa có biên bản niêm yết.", NewDueDate: newDue), new DateOnly(2023, 10, 25));
        var reportedAgain = await Send(new RemediationSignal(RemediationSignalKind.Report, "unit:" + world.UnitId, "Gửi kèm biên bản."), new DateOnly(2023, 11, 10));
        var accepted = await Send(new RemediationSignal(RemediationSignalKind.Accept, "truongdoan", "Đạt."), new DateOnly(2023, 11, 15));
        var acceptedTwice = await Send(new RemediationSignal(RemediationSignalKind.Accept, "truongdoan", "Đạt."), new DateOnly(2023, 11, 16));

        Assert.AreEqual(new RemediationRecorded(RemediationStatus.Reported, Requests.SecondDue), reported);
        Assert.AreEqual(new RemediationRecorded(RemediationStatus.Rejected, newDue), rejected);
        Assert.AreEqual(RemediationStatus.Reported, reportedAgain.Status);
        Assert.AreEqual(new RemediationRecorded(RemediationStatus.Accepted, newDue), accepted);
        Assert.AreEqual(accepted, acceptedTwice);

        var item = (await world.Inspections.GetRemediationAsync(remediation.RemediationId, Ct))!.Item;
        CollectionAssert.AreEqual(
            new[] { RemediationEventKind.Opened, RemediationEventKind.Reported, RemediationEventKind.Rejected, RemediationEventKind.Reported, RemediationEventKind.Accepted },
            item.History.Select(h => h.Kind).ToArray());
        var window = await new ScheduleRemediation(world.Services).RunAsync(
            ActivityWorld.Context(ActivityNames.ScheduleRemediation, remediation.RemediationId), new RemediationStep(world.NextKey(remediation.RemediationId), remediation, ActivityWorld.At(new DateOnly(2023, 11, 16))));
        Assert.AreEqual(newDue, window.Deadline.Day);
    }
}
