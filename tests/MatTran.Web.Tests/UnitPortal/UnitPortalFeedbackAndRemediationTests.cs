using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.UnitPortal;
using MatTran.Inspections.Links;
using Microsoft.Playwright;

namespace MatTran.Web.Tests.UnitPortal;

/// <summary>
/// The unit's later steps in Chromium, all through the link of its first (notice) email: feedback on the draft report,
/// then a remediation report.
/// </summary>
[TestClass]
public sealed class UnitPortalFeedbackAndRemediationTests
{
    private const string Topic = "Thực hiện Điều lệ MTTQ Việt Nam";

    private static readonly byte[] EvidencePdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% minh chung khac phuc\n%%EOF\n");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Unit_answers_the_draft_and_reports_its_remediation_through_its_links()
    {
        await using var scenario = await PortalScenario.StartAsync(TestContext.CancellationToken);
        // From the day before the visit: the findings stage (which waits for the team) comes within seconds.
        string inspectionId = await scenario.LaunchInspectionOfDistrictAsync(PortalScenario.VisitDay.AddDays(-1), secondsPerDay: 2);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingFindings");
        await scenario.SendAsync(ApiRequests.PostJson($"api/inspections/{inspectionId}/findings", Findings(), "inspector"), HttpStatusCode.Accepted);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingUnitFeedback");
        var page = await PortalBrowser.NewSharedPageAsync();

        // The unit opens the link of the notice email it got weeks ago: any of its links opens its page, and the page
        // offers what the stage takes (the feedback now, the remediation report later).
        string noticeLink = scenario.LinkToken(scenario.Units.District, inspectionId, UnitLinkPurpose.SelfReportUpload);
        await page.GotoAsync(scenario.PageUrl(inspectionId, noticeLink));

        await Assertions.Expect(page.Locator("#field-stage")).ToHaveTextAsync("Chờ đơn vị giải trình");
        await Assertions.Expect(page.Locator("#feedback")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#self-report")).ToBeHiddenAsync();
        var draft = page.Locator("#draft-list article").First;
        await Assertions.Expect(draft).ToContainTextAsync("Dự thảo lần 1");
        await Assertions.Expect(draft).ToContainTextAsync("Hạn chế – " + Topic);
        await Assertions.Expect(draft).ToContainTextAsync("Quỹ Vì người nghèo: 1.250.000.000 đồng.");
        await page.FillAsync("#feedback-text", "Đơn vị đề nghị bổ sung số liệu quý IV.");
        await page.Locator("#feedback-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#feedback-form .form-result.success")).ToHaveTextAsync(PortalTexts.FeedbackSent);
        await Assertions.Expect(page.Locator("#draft-list .feedback-sent")).ToContainTextAsync("Đơn vị đề nghị bổ sung số liệu quý IV.", new() { Timeout = 30_000 });

        await scenario.SendAsync(ApiRequests.PostJson($"api/inspections/{inspectionId}/conclusion", Conclusion(), "inspector"), HttpStatusCode.Accepted);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingApproval");
        await scenario.SendAsync(ApiRequests.PostJson($"api/inspections/{inspectionId}/conclusion/approve", null, "supervisor"), HttpStatusCode.Accepted);
        await scenario.WaitForStageAsync(inspectionId, "Remediation");
        await scenario.WaitForRemediationsAsync(inspectionId);
        await page.GotoAsync(scenario.PageUrl(inspectionId, noticeLink));

        await Assertions.Expect(page.Locator("#field-stage")).ToHaveTextAsync("Đang khắc phục");
        await Assertions.Expect(page.Locator("#conclusion")).ToContainTextAsync("Khá");
        var item = page.Locator("#remediation-list article").First;
        await Assertions.Expect(item).ToContainTextAsync("Kiện toàn Ban Thanh tra nhân dân");
        await Assertions.Expect(item).ToContainTextAsync("30/09/2027");
        await Assertions.Expect(item).ToContainTextAsync("Đang thực hiện");
        await item.Locator("textarea[name=text]").FillAsync("Đã kiện toàn Ban Thanh tra nhân dân theo Quyết định số 15.");
        await item.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "minh-chung.pdf", MimeType = "application/pdf", Buffer = EvidencePdf });
        await item.Locator("button[type=submit]").ClickAsync();

        var reported = page.Locator("#remediation-list article").First;
        await Assertions.Expect(reported).ToContainTextAsync("Đã báo cáo, chờ đánh giá", new() { Timeout = 30_000 });
        await Assertions.Expect(reported.Locator(".form-result.success")).ToHaveTextAsync(PortalTexts.RemediationSent);
        await Assertions.Expect(reported.Locator("form")).ToHaveCountAsync(0);
        await Assertions.Expect(reported.Locator("a.download")).ToHaveTextAsync("minh-chung.pdf");
        await Assertions.Expect(page.Locator("#conclusion a.download")).ToHaveAttributeAsync("href", new Regex("^/api/documents/.+\\?t="));
        CollectionAssert.AreEqual(Array.Empty<string>(), await PortalBrowser.CspViolationsAsync(page));
    }

    private static JsonObject Findings() => new()
    {
        ["findings"] = new JsonArray(new JsonObject
        {
            ["topic"] = Topic,
            ["type"] = "Limitation",
            ["text"] = "Ban Thanh tra nhân dân chưa được kiện toàn kịp thời.",
            ["figures"] = new JsonArray(new JsonObject { ["label"] = "Quỹ Vì người nghèo", ["value"] = 1_250_000_000, ["unit"] = "Vnd" }),
        }),
        ["draftReport"] = "Dự thảo báo cáo kết quả kiểm tra việc thực hiện Điều lệ MTTQ Việt Nam.",
    };

    private static JsonObject Conclusion() => new()
    {
        ["text"] = "Đơn vị thực hiện tốt Điều lệ; còn hạn chế về kiện toàn tổ chức.",
        ["rating"] = "Kha",
        ["recommendations"] = new JsonArray(new JsonObject
        {
            ["text"] = "Kiện toàn Ban Thanh tra nhân dân",
            ["responsible"] = "Ban Thường trực Ủy ban MTTQ huyện",
            ["dueDate"] = "2027-09-30",
        }),
        ["followUp"] = false,
    };
}
