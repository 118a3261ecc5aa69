using System.Globalization;
using System.Net;
using System.Text.Json;
using MatTran.Inspections.Links;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// One inspection taken through the API to its remediation stage (self-report, visit, findings, feedback, conclusion,
/// approval) on a rehearsal clock (a plan day every 1.5 real seconds, from the day before the notice), then the
/// remediation routes: status conflicts (409), rules (422) and another unit's link (403) refused, a report through the
/// unit's notice link (any of its links will do) → reject refused for a past date → accept applied.
/// </summary>
[TestClass]
public sealed class RemediationRequestsTests
{
    /// <summary>The test's host client, set first thing; every request of the test goes to that one host.</summary>
    private HttpClient _http = null!;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task Remediation_requests_are_checked_against_status_rules_and_links_then_applied()
    {
        await using var host = await TestHost.StartAsync(LaunchedPlan.HostSettings(), cancellationToken: Cancel);
        var plan = await LaunchedPlan.StartBeforeNoticeAsync(host, secondsPerDay: 1.5, Cancel);
        string id = plan.DistrictInspection;
        _http = plan.Host.Client;
        var schedule = (await plan.InspectionAsync(id))!.Value.GetProperty("schedule");
        await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingSelfReport", "notice");
        await SendAsync(UnitUploads.Post($"api/inspections/{id}/self-report", plan.Link(plan.Tree.District, id, UnitLinkPurpose.SelfReportUpload), null, ("Báo cáo.pdf", UnitUploads.Pdf)));
        await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingVisit", "self-report");
        var visit = Day(schedule.GetProperty("visit"));
        await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingFindings", "visit");
        await SendAsync(ApiRequests.PostJson($"api/inspections/{id}/findings", new
        {
            findings = new[] { new { topic = TestPlans.Topic, type = "Limitation", text = "Chưa lập sổ theo dõi quỹ.", figures = new[] { new { label = "Quỹ Vì người nghèo", value = 125000000, unit = "Vnd" } } } },
            draftReport = "Dự thảo báo cáo kết quả kiểm tra",
        }, "inspector"));
        await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingUnitFeedback", "findings");
        string feedbackLink = plan.Link(plan.Tree.District, id, UnitLinkPurpose.Feedback);
        await SendAsync(ApiRequests.PostJson($"api/inspections/{id}/feedback?t={feedbackLink}", new { text = "Đơn vị thống nhất với dự thảo." }, null));
        var nulFeedback = await ProblemAsync(ApiRequests.PostJson($"api/inspections/{id}/feedback?t={feedbackLink}", new { text = "Đơn vị\u0000 thống nhất." }, null), 422);
        CollectionAssert.AreEqual(new[] { "text.controlCharacter" }, nulFeedback.CodesFor("text"));
        var nulFormFeedback = await ProblemAsync(UnitUploads.Post($"api/inspections/{id}/feedback", feedbackLink, "Giải trình\u0001", null), 422);
        CollectionAssert.AreEqual(new[] { "text.controlCharacter" }, nulFormFeedback.CodesFor("text"));
        var twoFeedbackFiles = await ProblemAsync(UnitUploads.PostParts($"api/inspections/{id}/feedback", feedbackLink, "Gửi kèm hai tệp.",
            [("file", "Biên bản.pdf", UnitUploads.Pdf), ("file", "Phụ lục.pdf", UnitUploads.Pdf)]), 422);
        CollectionAssert.Contains(twoFeedbackFiles.CodesFor("file"), "upload.multipleFiles");
        await SendAsync(UnitUploads.Post($"api/inspections/{id}/feedback", feedbackLink, "Gửi kèm biên bản.", ("Biên bản.pdf", UnitUploads.Pdf)));
        await plan.WaitUntilAsync(
            id, i => i.GetProperty("audit").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "UnitFeedbackReceived") == 2, "both feedbacks");
        string due = visit.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await SendAsync(ApiRequests.PostJson($"api/inspections/{id}/conclusion", new
        {
            text = "Đơn vị thực hiện khá các nội dung.",
            rating = "Kha",
            recommendations = new[] { new { text = "Lập sổ theo dõi quỹ", responsible = "Ban Thường trực", dueDate = due } },
            followUp = false,
        }, "inspector"));
        await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingApproval", "conclusion submitted");
        await SendAsync(ApiRequests.PostJson($"api/inspections/{id}/conclusion/approve", null, "supervisor"));
        string remediation = id + ".r1";
        string path = $"api/remediations/{remediation}";
        string link = plan.Link(plan.Tree.District, id, UnitLinkPurpose.RemediationReport);
        // The moment the read model lists the item its workflow exists, so a report sent at once reaches it (no 503).
        await WaitForItemAsync(plan, id);
        Assert.IsNotNull(await plan.Host.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync(remediation, Cancel),
            "The item was listed before its workflow existed.");
        Assert.AreEqual("Remediation", LaunchedPlan.Stage((await plan.InspectionAsync(id))!.Value));

        Assert.AreEqual("Open", (await RemediationAsync(plan, remediation, link)).GetProperty("item").GetProperty("status").GetString());
        await ExpectAsync(ApiRequests.PostJson($"{path}/accept", null, "inspector"), 409, "remediation.status.conflict");
        await ExpectAsync(UnitUploads.Post($"{path}/report", plan.Link(plan.Tree.Commune, plan.CommuneInspection, UnitLinkPurpose.RemediationReport), "Đã làm", null), 403, "link.otherUnit");
        var empty = await ProblemAsync(UnitUploads.Post($"{path}/report", link, " ", null), 422);
        CollectionAssert.Contains(empty.CodesFor("text"), "remediation.report.text.required");
        var longReport = await ProblemAsync(UnitUploads.Post($"{path}/report", link, new string('x', 10_001), null), 422);
        CollectionAssert.AreEqual(new[] { "text.tooLong" }, longReport.CodesFor("text"));
        var twoEvidenceFiles = await ProblemAsync(UnitUploads.PostParts($"{path}/report", link, "Đã làm",
            [("file", "Sổ theo dõi.pdf", UnitUploads.Pdf), ("file", "Ảnh.png", UnitUploads.Png)]), 422);
        CollectionAssert.Contains(twoEvidenceFiles.CodesFor("file"), "upload.multipleFiles");

        // The unit answers with the link of last month's notice email: any of its links for the inspection will do.
        string noticeLink = plan.Link(plan.Tree.District, id, UnitLinkPurpose.SelfReportUpload);
        using var reported = await _http.SendAsync(UnitUploads.Post($"{path}/report", noticeLink, "Đã lập sổ theo dõi quỹ.", ("Sổ theo dõi.pdf", UnitUploads.Pdf)), Cancel);
        Assert.AreEqual(HttpStatusCode.Accepted, reported.StatusCode, await reported.Content.ReadAsStringAsync(Cancel));
        Assert.AreEqual($"/{path}", reported.Headers.Location?.OriginalString);
        await WaitForStatusAsync(plan, remediation, link, "Reported");
        var pastDue = await ProblemAsync(ApiRequests.PostJson($"{path}/reject", new { comment = "Chưa đủ", newDueDate = "2020-01-01" }, "inspector"), 422);
        CollectionAssert.Contains(pastDue.CodesFor("newDueDate"), "remediation.newDueDate.past");
        await ExpectAsync(UnitUploads.Post($"{path}/report", link, "Báo cáo lại", null), 409, "remediation.status.conflict");
        await SendAsync(ApiRequests.PostJson($"{path}/accept", new { comment = "Đạt yêu cầu" }, "inspector"));
        var accepted = await WaitForStatusAsync(plan, remediation, link, "Accepted");

        var inspection = (await plan.InspectionAsync(id))!.Value;
        Assert.AreEqual(1, inspection.GetProperty("documents").EnumerateArray().Count(d => d.GetProperty("kind").GetString() == "UnitFeedback"),
            "Only the one-file feedback stored a file.");
        Assert.AreEqual(1, inspection.GetProperty("documents").EnumerateArray().Count(d => d.GetProperty("kind").GetString() == "RemediationReport"),
            "Only the one-file report stored its evidence.");
        var history = accepted.GetProperty("item").GetProperty("history").EnumerateArray().ToList();
        Assert.IsTrue(history.Any(e => e.GetProperty("kind").GetString() == "Reported" && e.GetProperty("actor").GetString() == "unit:" + plan.Tree.District));
        Assert.IsTrue(history.Any(e => e.GetProperty("kind").GetString() == "Accepted" && e.GetProperty("actor").GetString() == "inspector"));
    }

    /// <summary>Polls the inspection as staff see it, quickly, until it lists a remediation item.</summary>
    private async Task WaitForItemAsync(LaunchedPlan plan, string inspectionId)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(20, Cancel))
        {
            var inspection = await plan.InspectionAsync(inspectionId);
            if (inspection?.GetProperty("remediations").GetArrayLength() > 0)
            {
                return;
            }

            Assert.IsLessThan(TimeSpan.FromSeconds(60), DateTime.UtcNow - started, $"No remediation item on {inspectionId}.");
        }
    }

    private static DateOnly Day(JsonElement dueDay) => DateOnly.Parse(dueDay.GetProperty("day").GetString()!, CultureInfo.InvariantCulture);

    private async Task SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, Cancel);
            Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, $"{request.RequestUri}: {await response.Content.ReadAsStringAsync(Cancel)}");
        }
    }

    private async Task<JsonElement> ProblemAsync(HttpRequestMessage request, int status)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, Cancel);
            return await response.ReadProblemAsync(status, Cancel);
        }
    }

    private async Task ExpectAsync(HttpRequestMessage request, int status, string code) =>
        Assert.AreEqual(code, (await ProblemAsync(request, status)).GetProperty("code").GetString(), request.RequestUri?.ToString());

    private async Task<JsonElement> RemediationAsync(LaunchedPlan plan, string remediationId, string link)
    {
        using var response = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/remediations/{remediationId}?t={link}", null), Cancel);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
        return await response.ReadJsonAsync(Cancel);
    }

    private async Task<JsonElement> WaitForStatusAsync(LaunchedPlan plan, string remediationId, string link, string status)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(100, Cancel))
        {
            var record = await RemediationAsync(plan, remediationId, link);
            if (record.GetProperty("item").GetProperty("status").GetString() == status)
            {
                return record;
            }

            if (DateTime.UtcNow - started > TimeSpan.FromSeconds(60))
            {
                Assert.Fail($"Remediation {remediationId} did not become {status}: {record}");
            }
        }
    }
}
