using System.Net;
using System.Text.Json;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Requests on launched inspections waiting in Scheduled for their notice day (launched in real time): validation
/// (422), the stage table (409), links (401/403), upload checks (413/415) — each refused request stores nothing — and
/// accepted requests (202) that the workflow then applies; and, on a rehearsal, the unit's self-report after the notice.
/// </summary>
[TestClass]
public sealed class InspectionRequestsTests
{
    private static TestHost s_host = null!;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [ClassInitialize]
    public static async Task StartHostAsync(TestContext context) =>
        s_host = await TestHost.StartAsync(LaunchedPlan.HostSettings(), cancellationToken: context.CancellationToken);

    [ClassCleanup]
    public static async Task StopHostAsync() => await s_host.DisposeAsync();

    [TestMethod]
    public async Task Staff_requests_that_break_a_rule_are_422_with_codes_and_change_nothing()
    {
        var plan = await LaunchedPlan.StartAsync(s_host, Cancel);
        string id = plan.DistrictInspection;
        var before = (await plan.InspectionAsync(id))!.Value;
        var cases = new (string Path, object Body, string User, string Field, string Code)[]
        {
            ("reschedule", new { visitDate = "2028-01-10", reason = "Trùng lịch" }, "planner", "visitDate", "reschedule.visitDate.outsideYear"),
            ("reschedule", new { visitDate = "2027-06-22", reason = " " }, "planner", "reason", "reschedule.reason.required"),
            ("cancel", new { reason = "" }, "planner", "reason", "cancel.reason.required"),
            ("findings", new { findings = new[] { new { topic = "Chủ đề khác", type = "Limitation", text = "x", figures = Array.Empty<object>() } }, draftReport = "Dự thảo" },
                "inspector", "findings[0].topic", "findings.topic.unknown"),
            ("conclusion", new { text = "Kết luận", rating = "Kha", recommendations = new[] { new { text = "Khắc phục", responsible = "Ban Thường trực", dueDate = "2026-01-01" } }, followUp = false },
                "inspector", "recommendations[0].dueDate", "conclusion.recommendation.dueDate.past"),
            ("conclusion/return", new { comment = "" }, "supervisor", "comment", "conclusion.return.comment.required"),
        };

        foreach (var (path, body, user, field, code) in cases)
        {
            using var response = await plan.Host.Client.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/{path}", body, user), Cancel);
            var problem = await response.ReadProblemAsync(422, Cancel);
            CollectionAssert.Contains(problem.CodesFor(field), code, path);
        }

        var after = (await plan.InspectionAsync(id))!.Value;
        Assert.AreEqual("Scheduled", LaunchedPlan.Stage(after));
        Assert.AreEqual(before.GetProperty("summary").GetProperty("visitDate").GetString(), after.GetProperty("summary").GetProperty("visitDate").GetString());
    }

    [TestMethod]
    public async Task Requests_the_Scheduled_stage_does_not_take_are_409_stage_conflict()
    {
        var plan = await LaunchedPlan.StartAsync(s_host, Cancel);
        string id = plan.DistrictInspection;
        var cases = new (string Path, object? Body, string User)[]
        {
            ("findings", new { findings = new[] { new { topic = TestPlans.Topic, type = "Achievement", text = "Tốt", figures = new[] { new { label = "Hội nghị", value = 4, unit = "Count" } } } }, draftReport = "Dự thảo" }, "inspector"),
            ("conclusion", new { text = "Kết luận", rating = "Tot", recommendations = Array.Empty<object>(), followUp = false }, "inspector"),
            ("conclusion/approve", null, "supervisor"),
            ("conclusion/return", new { comment = "Bổ sung" }, "supervisor"),
        };

        foreach (var (path, body, user) in cases)
        {
            using var response = await plan.Host.Client.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/{path}", body, user), Cancel);
            var problem = await response.ReadProblemAsync(409, Cancel);
            Assert.AreEqual("inspection.stage.conflict", problem.GetProperty("code").GetString(), path);
        }

        using var feedback = await plan.Host.Client.SendAsync(ApiRequests.PostJson(
            $"api/inspections/{id}/feedback?t={plan.Link(plan.Tree.District, id, UnitLinkPurpose.Feedback)}", new { text = "Giải trình" }, null), Cancel);
        Assert.AreEqual("inspection.stage.conflict", (await feedback.ReadProblemAsync(409, Cancel)).GetProperty("code").GetString());
        Assert.AreEqual("Scheduled", LaunchedPlan.Stage((await plan.InspectionAsync(id))!.Value));
    }

    [TestMethod]
    public async Task Self_report_uploads_refused_by_size_type_link_or_stage_store_nothing()
    {
        var plan = await LaunchedPlan.StartAsync(s_host, Cancel);
        string id = plan.DistrictInspection;
        string path = $"api/inspections/{id}/self-report";
        string token = plan.Link(plan.Tree.District, id, UnitLinkPurpose.SelfReportUpload);

        using (var oversize = await plan.Host.Client.SendAsync(UnitUploads.Post(path, token, null, ("Báo cáo.pdf", UnitUploads.PdfOfSize((int)LaunchedPlan.MaxUploadBytes + 1))), Cancel))
        {
            CollectionAssert.Contains((await oversize.ReadProblemAsync(413, Cancel)).CodesFor("file"), "upload.tooLarge");
        }

        // Beyond the route's body limit (file limit + form allowance) the body is not even read.
        using (var huge = await plan.Host.Client.SendAsync(UnitUploads.Post(path, token, null, ("Báo cáo.pdf", UnitUploads.PdfOfSize(400 * 1024))).ExpectingContinue(), Cancel))
        {
            Assert.AreEqual("request.bodyTooLarge", (await huge.ReadProblemAsync(413, Cancel)).GetProperty("code").GetString());
        }

        using (var executable = await plan.Host.Client.SendAsync(UnitUploads.Post(path, token, null, ("bao-cao.exe", [0x4D, 0x5A, 0x90, 0x00])), Cancel))
        {
            CollectionAssert.Contains((await executable.ReadProblemAsync(415, Cancel)).CodesFor("file"), "upload.type.notAllowed");
        }

        using (var disguised = await plan.Host.Client.SendAsync(UnitUploads.Post(path, token, null, ("Báo cáo.pdf", UnitUploads.Png)), Cancel))
        {
            CollectionAssert.Contains((await disguised.ReadProblemAsync(415, Cancel)).CodesFor("file"), "upload.content.mismatch");
        }

        using (var missing = await plan.Host.Client.SendAsync(UnitUploads.Post(path, token, "chỉ có chữ", null), Cancel))
        {
            CollectionAssert.Contains((await missing.ReadProblemAsync(422, Cancel)).CodesFor("file"), "upload.empty");
        }

        using (var json = await plan.Host.Client.SendAsync(ApiRequests.PostJson($"{path}?t={token}", new { text = "x" }, null), Cancel))
        {
            Assert.AreEqual("request.unsupportedMediaType", (await json.ReadProblemAsync(415, Cancel)).GetProperty("code").GetString());
        }

        string otherUnit = plan.Link(plan.Tree.Commune, plan.CommuneInspection, UnitLinkPurpose.SelfReportUpload);
        using (var foreign = await plan.Host.Client.SendAsync(UnitUploads.Post(path, otherUnit, null, ("Báo cáo.pdf", UnitUploads.Pdf)), Cancel))
        {
            Assert.AreEqual("link.otherUnit", (await foreign.ReadProblemAsync(403, Cancel)).GetProperty("code").GetString());
        }

        // Any of the unit's links for this inspection passes (whichever email it came in): the stage decides, below.
        string feedbackLink = plan.Link(plan.Tree.District, id, UnitLinkPurpose.Feedback);
        using (var otherEmailsLink = await plan.Host.Client.SendAsync(UnitUploads.Post(path, feedbackLink, null, ("Báo cáo.pdf", UnitUploads.Pdf)), Cancel))
        {
            Assert.AreEqual("inspection.stage.conflict", (await otherEmailsLink.ReadProblemAsync(409, Cancel)).GetProperty("code").GetString());
        }

        var expiredClaims = new UnitLinkClaims(plan.Tree.District, id, DateTimeOffset.UnixEpoch, UnitLinkPurpose.SelfReportUpload);
        string expired = plan.Host.Services.GetRequiredService<UnitLinkSigner>().Sign(expiredClaims);
        using (var late = await plan.Host.Client.SendAsync(UnitUploads.Post(path, expired, null, ("Báo cáo.pdf", UnitUploads.Pdf)), Cancel))
        {
            Assert.AreEqual("link.expired", (await late.ReadProblemAsync(401, Cancel)).GetProperty("code").GetString());
        }

        // A good file, but the notice has not gone out yet.
        using (var early = await plan.Host.Client.SendAsync(UnitUploads.Post(path, token, null, ("Báo cáo.pdf", UnitUploads.Pdf)), Cancel))
        {
            Assert.AreEqual("inspection.stage.conflict", (await early.ReadProblemAsync(409, Cancel)).GetProperty("code").GetString());
        }

        Assert.IsEmpty(await plan.Host.Services.GetRequiredService<DocumentStore>().ListAsync(plan.PlanId, id, cancellationToken: Cancel));
        Assert.AreEqual(0, (await plan.InspectionAsync(id))!.Value.GetProperty("documents").GetArrayLength());
    }

    [TestMethod]
    public async Task A_units_link_opens_its_own_inspection_only_and_hides_the_audit_trail()
    {
        var plan = await LaunchedPlan.StartAsync(s_host, Cancel);
        string own = plan.Link(plan.Tree.District, plan.DistrictInspection, UnitLinkPurpose.ViewConclusion);

        using var mine = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/inspections/{plan.DistrictInspection}?t={own}", null), Cancel);
        using var theirs = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/inspections/{plan.CommuneInspection}?t={own}", null), Cancel);

        Assert.AreEqual(HttpStatusCode.OK, mine.StatusCode);
        var view = await mine.ReadJsonAsync(Cancel);
        Assert.AreEqual(plan.Tree.District, view.GetProperty("summary").GetProperty("unitId").GetString());
        Assert.AreEqual(0, view.GetProperty("audit").GetArrayLength());
        Assert.AreEqual("link.otherUnit", (await theirs.ReadProblemAsync(403, Cancel)).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Listing_filters_by_plan_unit_and_stage_and_the_plan_shows_live_stages_after_a_cancel()
    {
        var plan = await LaunchedPlan.StartAsync(s_host, Cancel);

        using var cancel = await plan.Host.Client.SendAsync(
            ApiRequests.PostJson($"api/inspections/{plan.CommuneInspection}/cancel", new { reason = "Đơn vị sáp nhập" }, "planner"), Cancel);
        Assert.AreEqual(HttpStatusCode.Accepted, cancel.StatusCode, await cancel.Content.ReadAsStringAsync(Cancel));
        Assert.AreEqual($"/api/inspections/{plan.CommuneInspection}", cancel.Headers.Location?.OriginalString);
        Assert.AreEqual("Cancel", (await cancel.ReadJsonAsync(Cancel)).GetProperty("accepted").GetString());
        await plan.WaitUntilAsync(plan.CommuneInspection, i => LaunchedPlan.Stage(i) == "Cancelled", "cancellation");

        var all = await ListAsync(plan, $"planId={plan.PlanId}");
        var cancelled = await ListAsync(plan, $"planId={plan.PlanId}&stage=Cancelled");
        var district = await ListAsync(plan, $"unitId={plan.Tree.District}");
        using var again = await plan.Host.Client.SendAsync(
            ApiRequests.PostJson($"api/inspections/{plan.CommuneInspection}/cancel", new { reason = "Lần nữa" }, "planner"), Cancel);
        using var read = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/plans/{plan.PlanId}", "supervisor"), Cancel);

        CollectionAssert.AreEqual(new[] { plan.DistrictInspection, plan.CommuneInspection }, all);
        CollectionAssert.AreEqual(new[] { plan.CommuneInspection }, cancelled);
        CollectionAssert.AreEqual(new[] { plan.DistrictInspection }, district);
        Assert.AreEqual("inspection.stage.conflict", (await again.ReadProblemAsync(409, Cancel)).GetProperty("code").GetString());
        var stages = (await read.ReadJsonAsync(Cancel)).GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("stage").GetString()).ToArray();
        CollectionAssert.AreEqual(new[] { "Scheduled", "Cancelled" }, stages);
        var progress = await WaitForPlanAsync(plan, p => p.GetProperty("progress") is { ValueKind: JsonValueKind.Object } live && live.GetProperty("cancelled").GetInt32() == 1);
        Assert.AreEqual(2, progress.GetProperty("progress").GetProperty("total").GetInt32());
        Assert.AreEqual(1, progress.GetProperty("progress").GetProperty("running").GetInt32());
    }

    [TestMethod]
    public async Task Reschedule_is_202_and_the_workflow_moves_the_visit()
    {
        var plan = await LaunchedPlan.StartAsync(s_host, Cancel);

        using var response = await plan.Host.Client.SendAsync(ApiRequests.PostJson(
            $"api/inspections/{plan.DistrictInspection}/reschedule", new { visitDate = "2027-06-22", reason = "Trùng lịch đại hội" }, "planner"), Cancel);

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
        await plan.WaitUntilAsync(plan.DistrictInspection,
            i => i.GetProperty("schedule").GetProperty("visit").GetProperty("day").GetString() == "2027-06-22", "rescheduled visit");
    }

    [TestMethod]
    public async Task After_the_notice_the_unit_downloads_its_documents_and_uploads_its_self_report()
    {
        // Plan time starts the day before the notice and runs two real seconds a day: the notice goes out within seconds,
        // and the self-report stage lasts until the visit ten working days later.
        var plan = await LaunchedPlan.StartBeforeNoticeAsync(s_host, secondsPerDay: 2, Cancel);
        string id = plan.DistrictInspection;
        var noticed = await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingSelfReport", "notice and self-report request");
        string documentId = noticed.GetProperty("documents")[0].GetProperty("id").GetString()!;
        string link = plan.Link(plan.Tree.District, id, UnitLinkPurpose.SelfReportUpload);
        string otherUnit = plan.Link(plan.Tree.Commune, plan.CommuneInspection, UnitLinkPurpose.SelfReportUpload);

        using var download = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/documents/{documentId}?t={link}", null), Cancel);
        using var foreign = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/documents/{documentId}?t={otherUnit}", null), Cancel);
        using var twoFiles = await plan.Host.Client.SendAsync(UnitUploads.PostParts($"api/inspections/{id}/self-report", link, null,
            [("file", "Báo cáo tự kiểm tra.pdf", UnitUploads.Pdf), ("file", "Phụ lục.pdf", UnitUploads.Pdf)]), Cancel);
        using var otherField = await plan.Host.Client.SendAsync(UnitUploads.PostParts($"api/inspections/{id}/self-report", link, null,
            [("attachment", "Báo cáo tự kiểm tra.pdf", UnitUploads.Pdf)]), Cancel);
        CollectionAssert.Contains((await twoFiles.ReadProblemAsync(422, Cancel)).CodesFor("file"), "upload.multipleFiles");
        CollectionAssert.Contains((await otherField.ReadProblemAsync(422, Cancel)).CodesFor("attachment"), "upload.field.unexpected");
        Assert.IsEmpty(await plan.Host.Services.GetRequiredService<DocumentStore>().ListAsync(plan.PlanId, id, DocumentKind.SelfReport, Cancel));
        using var upload = await plan.Host.Client.SendAsync(
            UnitUploads.Post($"api/inspections/{id}/self-report", link, null, ("Báo cáo tự kiểm tra.pdf", UnitUploads.Pdf)), Cancel);

        Assert.AreEqual(HttpStatusCode.OK, download.StatusCode);
        Assert.AreEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("link.otherUnit", (await foreign.ReadProblemAsync(403, Cancel)).GetProperty("code").GetString());
        Assert.AreEqual(HttpStatusCode.Accepted, upload.StatusCode, await upload.Content.ReadAsStringAsync(Cancel));
        var visited = await plan.WaitUntilAsync(id, i => LaunchedPlan.Stage(i) == "AwaitingVisit", "self-report recorded");
        var selfReport = visited.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "SelfReport");
        Assert.AreEqual("Báo cáo tự kiểm tra.pdf", selfReport.GetProperty("fileName").GetString());
        Assert.AreEqual("unit:" + plan.Tree.District, selfReport.GetProperty("uploader").GetString());
    }

    /// <summary>The plan's progress is the orchestration's custom status, updated a moment after an inspection ends.</summary>
    private async Task<JsonElement> WaitForPlanAsync(LaunchedPlan plan, Func<JsonElement, bool> condition)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(100, Cancel))
        {
            using var response = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/plans/{plan.PlanId}", "planner"), Cancel);
            var read = await response.ReadJsonAsync(Cancel);
            if (condition(read))
            {
                return read;
            }

            Assert.IsLessThan(TimeSpan.FromSeconds(60), DateTime.UtcNow - started, $"Plan never matched: {read}");
        }
    }

    private async Task<string[]> ListAsync(LaunchedPlan plan, string query)
    {
        using var response = await plan.Host.Client.SendAsync(ApiRequests.Get($"api/inspections?{query}", "inspector"), Cancel);
        return [.. (await response.ReadJsonAsync(Cancel)).EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
