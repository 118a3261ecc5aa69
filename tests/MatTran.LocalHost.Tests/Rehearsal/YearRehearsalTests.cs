using System.Net;
using System.Text.Json;

namespace MatTran.LocalHost.Tests.Rehearsal;

/// <summary>
/// A whole inspection year on a rehearsal clock (two real seconds per plan day, real durable timers), through the HTTP
/// API only, against Azurite and maildev: the planner's plan, three units, their emails and uploads, findings, the
/// supervisor's return and approval, remediation, a follow-up inspection, ratings, and the plan's completion. Each step
/// acts in a window of several real seconds and waits for what the workflow does (stage, email), never for a fixed time.
/// </summary>
[TestClass]
public sealed class YearRehearsalTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task A_plan_year_runs_from_launch_to_completion_through_the_api()
    {
        var ct = TestContext.CancellationToken;
        await using var year = await RehearsalHost.StartAsync(ct);
        var units = RehearsalUnits.New();
        int planYear = DateTime.UtcNow.Year + 1;

        // The planner imports the units, drafts the plan; the supervisor approves; the planner launches.
        await year.SendOkAsync(ApiRequests.PostCsv("api/units/import", units.Csv(), "planner"), HttpStatusCode.OK);
        var created = await year.SendOkAsync(ApiRequests.PostJson("api/plans", units.Plan(planYear), "planner"), HttpStatusCode.Created);
        string planId = created.GetProperty("id").GetString()!;
        await year.SendOkAsync(ApiRequests.PostJson($"api/plans/{planId}/approve", null, "supervisor"), HttpStatusCode.OK);
        // Plan time starts five days before the first notice day (early March visits, after Tết) and runs two real
        // seconds a day: the shortest window, from A's notice to its first reminder, is then about 14 s.
        var firstNotice = Rehearsals.NoticeDay(new DateOnly(planYear, 3, 9));
        await year.SendOkAsync(ApiRequests.PostJson($"api/plans/{planId}/launch", Rehearsals.Body(firstNotice.AddDays(-5), secondsPerDay: 2), "planner"), HttpStatusCode.Accepted);

        var plan = await year.SendOkAsync(ApiRequests.Get($"api/plans/{planId}", "planner"), HttpStatusCode.OK);
        string[] ids = [.. plan.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
        Assert.HasCount(3, ids);
        string a = ids[0], b = ids[1], c = ids[2];
        var scheduleA = RehearsalHost.Schedule(await year.WaitUntilAsync(a, i => i.GetProperty("schedule").ValueKind == JsonValueKind.Object, "scheduling"));

        // Before (or at worst just after) B's notice: unit B's visit moves a week later.
        var newVisitB = new DateOnly(planYear, 3, 17);
        await year.PostAsync($"api/inspections/{b}/reschedule", new { visitDate = newVisitB, reason = "Trùng lịch đại hội của đơn vị" }, "planner");
        var scheduleB = RehearsalHost.Schedule(await year.WaitUntilAsync(
            b, i => i.GetProperty("schedule").ValueKind == JsonValueKind.Object && RehearsalHost.Day(i.GetProperty("schedule").GetProperty("visit")) == newVisitB, "reschedule"));

        // Notice day of A (and C, same week): team decision + notice go out, each unit gets its signed link.
        await year.WaitForStageAsync(a, "AwaitingSelfReport");
        var noticeA = await year.Mail.WaitForAsync(units.EmailA, "Thông báo kiểm tra đối với", ct);
        var inspectionA = await year.InspectionAsync(a);
        Assert.IsTrue(inspectionA.GetProperty("documents").EnumerateArray().Count() >= 2, "team decision and notice are stored documents");

        // Unit A uploads its self-report through the emailed link; a wrong file type and another unit's link are refused.
        string tokenA = MaildevMailbox.LinkToken(noticeA);
        await year.ProblemAsync(RehearsalHost.UnitPost($"api/inspections/{a}/self-report", tokenA, null, ("bao-cao.exe", [0x4D, 0x5A, 0x90, 0x00], "application/octet-stream")), 415);
        await year.SendOkAsync(RehearsalHost.UnitPost($"api/inspections/{a}/self-report", tokenA, null, ("Báo cáo tự kiểm tra.pdf", TestFiles.Pdf, "application/pdf")), HttpStatusCode.Accepted);
        await year.WaitForStageAsync(a, "AwaitingVisit");

        // Unit C's inspection is cancelled while it waits for the self-report.
        var noticeC = await year.Mail.WaitForAsync(units.EmailC, "Thông báo giám sát đối với", ct);
        await year.ProblemAsync(RehearsalHost.UnitPost($"api/inspections/{a}/self-report", MaildevMailbox.LinkToken(noticeC), null, ("x.pdf", TestFiles.Pdf, "application/pdf")), 403);
        await year.PostAsync($"api/inspections/{c}/cancel", new { reason = "Đơn vị sáp nhập theo Nghị quyết của Ủy ban Thường vụ Quốc hội" }, "planner");
        await year.WaitForStageAsync(c, "Cancelled");

        // Unit B never uploads: reminders before and on the due day, then the planner is told.
        await year.WaitUntilAsync(b, i => i.GetProperty("audit").EnumerateArray().Any(e => e.GetProperty("action").GetString() == "EscalationSent"), "self-report escalation");
        var remindersB = (await year.Mail.ToAsync(units.EmailB, ct)).Where(e => e.Subject.Contains("hạn cuối", StringComparison.Ordinal)).ToList();
        Assert.IsGreaterThanOrEqualTo(2, remindersB.Count, $"a reminder before the due day and one on it; B has {await year.InspectionAsync(b)}");
        await year.Mail.WaitForAsync(units.EmailIssuer, units.NameB + " chưa gửi báo cáo", ct);
        Assert.IsFalse((await year.Mail.ToAsync(units.EmailA, ct)).Any(e => e.Subject.Contains("hạn cuối", StringComparison.Ordinal)), "A uploaded in time and is not reminded");

        // Visit day of A (already past): findings, the unit's explanation, a conclusion the supervisor returns once and
        // then approves. These stages wait for people, so the clock running on does not hurry them.
        await year.WaitForStageAsync(a, "AwaitingFindings");
        await year.PostAsync($"api/inspections/{a}/findings", units.Findings("Dự thảo báo cáo lần 1"), "inspector");
        await year.WaitForStageAsync(a, "AwaitingUnitFeedback");
        var draftEmail = await year.Mail.WaitForAsync(units.EmailA, "Dự thảo báo cáo", ct);
        await year.SendOkAsync(RehearsalHost.UnitPost($"api/inspections/{a}/feedback", MaildevMailbox.LinkToken(draftEmail), "Đơn vị giải trình: số liệu quỹ đã được đối chiếu lại.", null), HttpStatusCode.Accepted);
        await year.WaitUntilAsync(a, i => i.GetProperty("feedback").GetArrayLength() == 1, "unit feedback recorded");

        var today = await year.PlanTodayAsync(planId);
        var conclusion = units.Conclusion(today);
        await year.PostAsync($"api/inspections/{a}/conclusion", conclusion, "inspector");
        await year.WaitForStageAsync(a, "AwaitingApproval");
        await year.ProblemAsync(ApiRequests.PostJson($"api/inspections/{a}/conclusion/approve", null, "inspector"), 403);
        await year.PostAsync($"api/inspections/{a}/conclusion/return", new { comment = "Bổ sung số liệu về nhà Đại đoàn kết" }, "supervisor");
        await year.WaitForStageAsync(a, "AwaitingFindings");
        await year.PostAsync($"api/inspections/{a}/findings", units.Findings("Dự thảo báo cáo lần 2, bổ sung số liệu"), "inspector");
        await year.WaitForStageAsync(a, "AwaitingUnitFeedback");
        await year.PostAsync($"api/inspections/{a}/conclusion", conclusion, "inspector");
        await year.WaitForStageAsync(a, "AwaitingApproval");
        await year.PostAsync($"api/inspections/{a}/conclusion/approve", null, "supervisor");
        inspectionA = await year.WaitForStageAsync(a, "Remediation");
        Assert.AreEqual(2, inspectionA.GetProperty("drafts").GetArrayLength(), "both draft revisions are kept");
        var conclusionEmail = await year.Mail.WaitForAsync(units.EmailA, "Thông báo kết luận", ct);
        string remediationToken = MaildevMailbox.LinkToken(conclusionEmail);

        // Remediation of A, before its due dates: r1 accepted; r2 rejected with a new due date, then accepted; r3 never reported → overdue.
        string r1 = a + ".r1", r2 = a + ".r2", r3 = a + ".r3";
        // Each item is listed by its own workflow once that exists; from then on a report reaches it.
        await year.WaitUntilAsync(a, i => i.GetProperty("remediations").GetArrayLength() == 3, "remediation items listed by their workflows");

        await year.SendOkAsync(RehearsalHost.UnitPost($"api/remediations/{r1}/report", remediationToken, "Đã ban hành quy chế phối hợp.", ("Quy chế.pdf", TestFiles.Pdf, "application/pdf")), HttpStatusCode.Accepted);
        await year.WaitUntilAsync(a, i => RehearsalHost.Remediation(i, r1).GetProperty("status").GetString() == "Reported", "r1 reported");
        await year.PostAsync($"api/remediations/{r1}/accept", new { comment = "Đạt yêu cầu" }, "inspector");
        await year.SendOkAsync(RehearsalHost.UnitPost($"api/remediations/{r2}/report", remediationToken, "Đang hoàn thiện sổ sách.", ("So sach.pdf", TestFiles.Pdf, "application/pdf")), HttpStatusCode.Accepted);
        await year.WaitUntilAsync(a, i => RehearsalHost.Remediation(i, r2).GetProperty("status").GetString() == "Reported", "r2 reported");
        var newDue = units.DueDate(today).AddDays(20);
        await year.PostAsync($"api/remediations/{r2}/reject", new { comment = "Chưa có biên bản đối chiếu quỹ", newDueDate = newDue }, "inspector");
        await year.WaitUntilAsync(a, i => RehearsalHost.Remediation(i, r2).GetProperty("status").GetString() == "Rejected", "r2 rejected");
        await year.SendOkAsync(RehearsalHost.UnitPost($"api/remediations/{r2}/report", remediationToken, "Đã bổ sung biên bản đối chiếu.", ("Bien ban.pdf", TestFiles.Pdf, "application/pdf")), HttpStatusCode.Accepted);
        await year.WaitUntilAsync(a, i => RehearsalHost.Remediation(i, r2).GetProperty("status").GetString() == "Reported", "r2 reported again");
        await year.PostAsync($"api/remediations/{r2}/accept", new { comment = "Đạt yêu cầu" }, "inspector");
        await year.WaitUntilAsync(a, i => RehearsalHost.Remediation(i, r2).GetProperty("status").GetString() == "Accepted", "r2 accepted");

        // Unit B (its visit passed while A was reviewed): findings, a conclusion without recommendations, approved, closed.
        await year.WaitForStageAsync(b, "AwaitingFindings");
        await year.PostAsync($"api/inspections/{b}/findings", units.Findings("Dự thảo báo cáo"), "inspector");
        await year.WaitForStageAsync(b, "AwaitingUnitFeedback");
        await year.PostAsync($"api/inspections/{b}/conclusion", new { text = "Đơn vị thực hiện tốt các nội dung kiểm tra.", rating = "Tot", recommendations = Array.Empty<object>(), followUp = false }, "inspector");
        await year.WaitForStageAsync(b, "AwaitingApproval");
        await year.PostAsync($"api/inspections/{b}/conclusion/approve", null, "supervisor");
        await year.WaitForStageAsync(b, "Closed");

        // r3 is never reported: after its due date it is overdue, the remediation stage ends and the follow-up starts.
        inspectionA = await year.WaitForStageAsync(a, "FollowUp");
        Assert.AreEqual("Accepted", RehearsalHost.Remediation(inspectionA, r1).GetProperty("status").GetString());
        Assert.AreEqual("Overdue", RehearsalHost.Remediation(inspectionA, r3).GetProperty("status").GetString());
        await year.Mail.WaitForAsync(units.EmailIssuer, "quá hạn khắc phục", ct);
        Assert.IsTrue((await year.Mail.ToAsync(units.EmailA, ct)).Count(e => e.Subject.Contains("Kiến nghị quá hạn khắc phục", StringComparison.Ordinal)) >= 1, "the unit head is told of the overdue item");

        // The follow-up inspection (phúc tra) runs its own course and closes; then A is rated and closed.
        string followUp = inspectionA.GetProperty("followUpInspectionId").GetString()!;
        await year.WaitUntilAsync(followUp, i => i.GetProperty("schedule").ValueKind == JsonValueKind.Object, "follow-up scheduling");
        Assert.AreEqual("FollowUp", (await year.InspectionAsync(followUp)).GetProperty("summary").GetProperty("kind").GetString());
        await year.WaitForStageAsync(followUp, "AwaitingFindings");
        await year.PostAsync($"api/inspections/{followUp}/findings", units.Findings("Dự thảo báo cáo phúc tra"), "inspector");
        await year.WaitForStageAsync(followUp, "AwaitingUnitFeedback");
        await year.PostAsync($"api/inspections/{followUp}/conclusion", new { text = "Đơn vị đã khắc phục các tồn tại.", rating = "Tot", recommendations = Array.Empty<object>(), followUp = false }, "inspector");
        await year.WaitForStageAsync(followUp, "AwaitingApproval");
        await year.PostAsync($"api/inspections/{followUp}/conclusion/approve", null, "supervisor");
        await year.WaitForStageAsync(followUp, "Closed");
        inspectionA = await year.WaitForStageAsync(a, "Closed");
        Assert.AreEqual("Kha", inspectionA.GetProperty("rating").GetString());

        // The plan fans in: completed, with its year-end summary.
        await year.WaitForPlanCompletedAsync(planId);

        plan = await year.SendOkAsync(ApiRequests.Get($"api/plans/{planId}", "planner"), HttpStatusCode.OK);
        Assert.AreEqual("Completed", plan.GetProperty("status").GetString());
        var summary = plan.GetProperty("yearEndSummary");
        Assert.AreEqual(2, summary.GetProperty("closed").GetInt32());
        Assert.AreEqual(1, summary.GetProperty("cancelled").GetInt32());
        Assert.AreEqual(3, summary.GetProperty("recommendations").GetInt32());
        Assert.AreEqual(2, summary.GetProperty("remediationsAccepted").GetInt32());
        Assert.AreEqual(1, summary.GetProperty("remediationsOverdue").GetInt32());

        await AssertReportCountsAsync(year, planId, [a, b, c], followUp, ct);

        // Each email was sent once, however often the workflow replayed: one notice per unit.
        Assert.AreEqual(1, (await year.Mail.ToAsync(units.EmailA, ct)).Count(e => e.Subject == noticeA.Subject));
        var mailbox = await year.SendOkAsync(ApiRequests.Get("api/dev/mailbox", "admin"), HttpStatusCode.OK);
        Assert.IsGreaterThanOrEqualTo(10, mailbox.GetArrayLength());
    }

    /// <summary>
    /// The plan's report equals what the engagements' own JSON says, counted here: stages, planned vs done, the
    /// recommendations and their outcome, the ratings with the share "tốt trở lên", the findings by topic and the overdue
    /// items; the cross-plan remediation list and the remediations export hold the same items.
    /// </summary>
    private static async Task AssertReportCountsAsync(RehearsalHost year, string planId, string[] planned, string followUp, CancellationToken ct)
    {
        var engagements = new List<JsonElement>();
        foreach (string id in planned.Append(followUp))
        {
            engagements.Add(await year.InspectionAsync(id));
        }

        var report = await year.SendOkAsync(ApiRequests.Get($"api/reports/plans/{planId}", "inspector"), HttpStatusCode.OK);
        var figures = report.GetProperty("figures");

        CollectionAssert.AreEquivalent(planned.Append(followUp).ToArray(), report.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToArray());
        var stages = figures.GetProperty("stages");
        foreach (var group in engagements.GroupBy(RehearsalHost.Stage))
        {
            Assert.AreEqual(group.Count(), stages.GetProperty(group.Key).GetInt32(), $"engagements {group.Key}");
        }

        Assert.AreEqual(engagements.Count, stages.EnumerateObject().Sum(s => s.Value.GetInt32()), "every engagement has one stage");
        var rows = figures.GetProperty("plannedVsDone").EnumerateArray().ToList();
        Assert.AreEqual(planned.Length, rows.Sum(r => r.GetProperty("planned").GetInt32()), "planned visits (a follow-up is never planned)");
        // Done and cancelled count every engagement by its kind, the follow-up in its own row.
        foreach (var kind in engagements.GroupBy(i => i.GetProperty("summary").GetProperty("kind").GetString()!))
        {
            var ofKind = rows.Where(r => r.GetProperty("kind").GetString() == kind.Key).ToList();
            Assert.AreEqual(kind.Count(i => RehearsalHost.Stage(i) == "Closed"), ofKind.Sum(r => r.GetProperty("done").GetInt32()), $"{kind.Key} closed");
            Assert.AreEqual(kind.Count(i => RehearsalHost.Stage(i) == "Cancelled"), ofKind.Sum(r => r.GetProperty("cancelled").GetInt32()), $"{kind.Key} cancelled");
        }

        var items = engagements.SelectMany(i => i.TryGetProperty("remediations", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(r => r.GetProperty("status").GetString()).ToList();
        var recommendations = figures.GetProperty("recommendations");
        Assert.AreEqual(items.Count, recommendations.GetProperty("total").GetInt32(), "recommendations");
        Assert.AreEqual(items.Count(s => s == "Accepted"), recommendations.GetProperty("accepted").GetProperty("count").GetInt32(), "accepted");
        Assert.AreEqual(items.Count(s => s == "Overdue"), recommendations.GetProperty("overdue").GetProperty("count").GetInt32(), "overdue");

        var ratings = engagements
            .Select(i => i.TryGetProperty("rating", out var rating) && rating.ValueKind == JsonValueKind.String ? rating.GetString() : null)
            .OfType<string>().ToList();
        var ratingFigures = figures.GetProperty("ratings");
        Assert.AreEqual(ratings.Count, ratingFigures.GetProperty("rated").GetInt32(), "rated engagements");
        foreach (var group in ratings.GroupBy(r => r))
        {
            Assert.AreEqual(group.Count(), ratingFigures.GetProperty("byRating").GetProperty(group.Key).GetInt32(), $"rated {group.Key}");
        }

        var good = ratingFigures.GetProperty("goodOrAbove");
        Assert.AreEqual(ratings.Count(r => r is "XuatSac" or "Tot"), good.GetProperty("count").GetInt32(), "tốt trở lên");
        Assert.AreEqual(ratings.Count, good.GetProperty("total").GetInt32());

        // Findings by topic: the latest draft of each engagement, counted here by topic and type.
        var findings = engagements
            .Select(i => i.GetProperty("drafts").EnumerateArray().LastOrDefault())
            .Where(d => d.ValueKind == JsonValueKind.Object)
            .SelectMany(d => d.GetProperty("findings").EnumerateArray())
            .Select(f => (Topic: f.GetProperty("topic").GetString()!, Type: f.GetProperty("type").GetString()!))
            .ToList();
        foreach (var topic in figures.GetProperty("findingsByTopic").EnumerateArray())
        {
            string name = topic.GetProperty("topic").GetString()!;
            Assert.AreEqual(findings.Count(f => f.Topic == name && f.Type == "Achievement"), topic.GetProperty("achievements").GetInt32(), $"{name}: achievements");
            Assert.AreEqual(findings.Count(f => f.Topic == name && f.Type == "Limitation"), topic.GetProperty("limitations").GetInt32(), $"{name}: limitations");
            Assert.AreEqual(findings.Count(f => f.Topic == name && f.Type == "Cause"), topic.GetProperty("causes").GetInt32(), $"{name}: causes");
        }

        Assert.IsGreaterThan(0, findings.Count, "the rehearsal recorded findings");
        Assert.AreEqual(findings.Count, figures.GetProperty("findingsByTopic").EnumerateArray()
            .Sum(t => t.GetProperty("achievements").GetInt32() + t.GetProperty("limitations").GetInt32() + t.GetProperty("causes").GetInt32()), "every finding under one topic");

        // Overdue items: the engagements' own items that are Overdue (none is Open past its date once the plan completed).
        var overdueIds = engagements.SelectMany(i => i.GetProperty("remediations").EnumerateArray())
            .Where(r => r.GetProperty("status").GetString() == "Overdue").Select(r => r.GetProperty("id").GetString()).ToArray();
        CollectionAssert.AreEquivalent(overdueIds, figures.GetProperty("overdue").EnumerateArray().Select(o => o.GetProperty("remediationId").GetString()).ToArray());

        // The cross-plan remediation list holds the same items, by committee and by status.
        var issuer = report.GetProperty("issuerUnitId").GetString()!;
        var listed = await year.SendOkAsync(ApiRequests.Get($"api/remediations?issuerUnitId={issuer}", "planner"), HttpStatusCode.OK);
        var itemIds = engagements.SelectMany(i => i.GetProperty("remediations").EnumerateArray()).Select(r => r.GetProperty("id").GetString()).ToArray();
        CollectionAssert.AreEquivalent(itemIds, listed.EnumerateArray().Select(e => e.GetProperty("item").GetProperty("id").GetString()).ToArray());
        var overdueListed = await year.SendOkAsync(ApiRequests.Get($"api/remediations?issuerUnitId={issuer}&status=Overdue", "inspector"), HttpStatusCode.OK);
        CollectionAssert.AreEquivalent(overdueIds, overdueListed.EnumerateArray().Select(e => e.GetProperty("item").GetProperty("id").GetString()).ToArray());
        Assert.IsTrue(overdueListed.EnumerateArray().All(e => e.GetProperty("overdue").GetBoolean()));

        // The remediations export holds the same items, one row each, by id.
        using var export = await year.Host.Client.SendAsync(ApiRequests.Get($"api/reports/plans/{planId}/export?dataset=remediations&format=csv", "inspector"), ct);
        string csv = System.Text.Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync(ct)).TrimStart('\uFEFF');
        CollectionAssert.AreEqual(itemIds.Order(StringComparer.Ordinal).ToArray(),
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToArray(), csv);
    }
}
