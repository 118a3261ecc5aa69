using System.Globalization;
using System.Net;
using MatTran.Inspections.Links;
using MatTran.LocalHost.Tests.Rehearsal;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// The staff notifications end to end: the commune's supervision (giám sát) of a launched plan on a rehearsal clock,
/// driven through the API, its workflow on the real engine, the emails read from maildev. The team lead, known to the
/// committee's directory with a mailbox of their own, hears of the upload, the explanation and the remediation report
/// with a link to the staff page; the unit hears of the rejection with a link that opens its item.
/// </summary>
[TestClass]
public sealed class StaffNotificationsApiTests
{
    private const string Unit = "Ủy ban MTTQ xã Trường Hà, huyện Hà Quảng";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task A_supervisions_team_lead_and_unit_are_emailed_at_each_step_in_its_words_with_their_links()
    {
        await using var host = await TestHost.StartAsync(LaunchedPlan.HostSettings(), cancellationToken: Ct);
        var plan = await LaunchedPlan.StartBeforeNoticeAsync(host, secondsPerDay: 1.5, Ct);
        var driver = plan.Driver;
        string id = plan.CommuneInspection;
        string lead = $"{plan.Tree.Prefix}.lan@example.vn";
        using (var put = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri($"api/committees/{plan.Tree.Province}/staff/nguyen-thi-lan", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "Nguyễn Thị Lan", position = "Trưởng Ban Dân chủ - Pháp luật", email = lead }),
        }.As("admin"), Ct))
        {
            Assert.AreEqual(HttpStatusCode.OK, put.StatusCode, await put.Content.ReadAsStringAsync(Ct));
        }

        using var mailbox = new MaildevMailbox(host.Servers.MailWebUri);
        string link = plan.Link(plan.Tree.Commune, id, UnitLinkPurpose.SelfReportUpload);

        await plan.WaitForStageAsync(id, "AwaitingSelfReport");
        await driver.SendAsync(UnitUploads.Post($"api/inspections/{id}/self-report", link, null, ("Báo cáo tự giám sát.pdf", UnitUploads.Pdf)), HttpStatusCode.Accepted);
        var uploaded = await mailbox.WaitForAsync(lead, "đã gửi báo cáo tự giám sát", Ct);

        await plan.WaitForStageAsync(id, "AwaitingFindings");
        await driver.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/findings", new
        {
            findings = new[] { new { topic = TestPlans.Topic, type = "Limitation", text = "Chưa lập sổ theo dõi ý kiến của Nhân dân.", figures = Array.Empty<object>() } },
            draftReport = "Dự thảo báo cáo kết quả giám sát",
        }, "inspector"), HttpStatusCode.Accepted);
        await plan.WaitForStageAsync(id, "AwaitingUnitFeedback");
        await driver.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/feedback?t={Uri.EscapeDataString(link)}", new { text = "Đơn vị giải trình về sổ theo dõi." }, null), HttpStatusCode.Accepted);
        var explained = await mailbox.WaitForAsync(lead, "đã gửi ý kiến giải trình", Ct);

        var today = await PlanTodayAsync(driver, plan.PlanId);
        string due = today.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await driver.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/conclusion", new
        {
            text = "Đơn vị thực hiện khá các nội dung giám sát.",
            rating = "Kha",
            recommendations = new[] { new { text = "Lập sổ theo dõi ý kiến của Nhân dân", responsible = "Ban Thường trực", dueDate = due } },
            followUp = false,
        }, "inspector"), HttpStatusCode.Accepted);
        await plan.WaitForStageAsync(id, "AwaitingApproval");
        await driver.SendAsync(ApiRequests.PostJson($"api/inspections/{id}/conclusion/approve", null, "supervisor"), HttpStatusCode.Accepted);
        string remediation = id + ".r1";
        await plan.WaitUntilAsync(id, i => i.GetProperty("remediations").GetArrayLength() == 1, "the remediation item listed by its workflow");
        await driver.SendAsync(UnitUploads.Post($"api/remediations/{remediation}/report", link, "Đã lập sổ theo dõi.", null), HttpStatusCode.Accepted);
        var reported = await mailbox.WaitForAsync(lead, "báo cáo kết quả khắc phục kiến nghị", Ct);
        await plan.WaitUntilAsync(id, i => i.GetProperty("remediations")[0].GetProperty("status").GetString() == "Reported", "the report recorded");
        var newDue = today.AddDays(70);
        await driver.SendAsync(ApiRequests.PostJson($"api/remediations/{remediation}/reject", new { comment = "Sổ chưa ghi đủ các kỳ", newDueDate = newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "inspector"), HttpStatusCode.Accepted);
        string rejectedSubject = "Đề nghị tiếp tục khắc phục kiến nghị: hạn mới ngày " + newDue.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var rejected = await WaitForUnitEmailAsync(mailbox, "truongha@example.vn", rejectedSubject, id);

        Assert.AreEqual($"{Unit} đã gửi báo cáo tự giám sát", uploaded.Subject);
        Assert.AreEqual($"{Unit} đã gửi ý kiến giải trình về dự thảo báo cáo kết quả giám sát", explained.Subject);
        Assert.AreEqual($"{Unit} báo cáo kết quả khắc phục kiến nghị", reported.Subject);
        foreach (var email in new[] { uploaded, explained, reported })
        {
            string body = Body(email);
            StringAssert.StartsWith(body, "Kính gửi: đồng chí Nguyễn Thị Lan, Trưởng đoàn giám sát.");
            StringAssert.Contains(body, $"http://localhost:7071/inspections/{id}\n");
            Assert.DoesNotContain("?t=", body, "a staff link carries no unit token");
        }

        StringAssert.Contains(Body(reported), "Thông báo kết luận giám sát số ");
        StringAssert.Contains(Body(reported), "\"Lập sổ theo dõi ý kiến của Nhân dân\"");
        Assert.HasCount(1, (await mailbox.ToAsync(lead, Ct)).Where(e => e.Subject == uploaded.Subject).ToList(), "the upload is told once");
        StringAssert.Contains(Body(rejected), $"Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng chưa công nhận báo cáo khắc phục");
        string token = MaildevMailbox.LinkToken(rejected);
        StringAssert.Contains(Body(rejected), $"http://localhost:7071/units/inspections/{id}?t=");
        using var opened = await host.Client.SendAsync(ApiRequests.Get($"api/remediations/{remediation}?t={Uri.EscapeDataString(token)}", null), Ct);
        Assert.AreEqual(HttpStatusCode.OK, opened.StatusCode, "the emailed link opens the unit's item");
        Assert.AreEqual(UnitLinkPurpose.RemediationReport, host.Services.GetRequiredService<UnitLinkSigner>().Validate(token).Claims!.Purpose);
    }

    /// <summary>The unit's mailbox is the tree's fixed one, shared with other tests: this inspection's email is the one linking to it.</summary>
    private async Task<ReceivedEmail> WaitForUnitEmailAsync(MaildevMailbox mailbox, string address, string subject, string inspectionId)
    {
        for (var started = TimeProvider.System.GetTimestamp(); ; await Task.Delay(200, Ct))
        {
            var found = (await mailbox.ToAsync(address, Ct)).FirstOrDefault(e => e.Subject == subject && Body(e).Contains($"/units/inspections/{inspectionId}?t=", StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            Assert.IsLessThan(WorkflowDriver.Patience, TimeProvider.System.GetElapsedTime(started), $"No '{subject}' to {address} for {inspectionId}.");
        }
    }

    private static async Task<DateOnly> PlanTodayAsync(WorkflowDriver driver, string planId) =>
        DateOnly.FromDateTime((await driver.PlanTimeAsync(planId)).ToOffset(TimeSpan.FromHours(7)).DateTime);

    private static string Body(ReceivedEmail email) => (email.Text ?? string.Empty).ReplaceLineEndings("\n");
}
