using System.Net;
using System.Text.Json;
using MatTran.Inspections.Links;
using MatTran.LocalHost.Tests.Rehearsal;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// <c>POST /api/links/renew</c>: a unit whose link expired gets a new one at its registered address — once a day — and
/// every caller gets the same answer whatever the token, so the route is no oracle and no way to mail anyone else.
/// </summary>
[TestClass]
public sealed class UnitLinkRenewalTests
{
    private const string Subject = "Đường liên kết mới";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task An_expired_genuine_link_brings_a_working_link_to_the_units_registered_address_once_a_day()
    {
        var (host, tree, email, inspectionId) = await ScheduledInspectionAsync();
        var signer = host.Services.GetRequiredService<UnitLinkSigner>();
        string expired = signer.Sign(new UnitLinkClaims(tree.District, inspectionId, DateTimeOffset.UtcNow.AddDays(-3), UnitLinkPurpose.SelfReportUpload));
        using var refused = await host.Client.SendAsync(ApiRequests.Get($"api/inspections/{inspectionId}?t={Uri.EscapeDataString(expired)}", null), Cancel);
        Assert.AreEqual("link.expired", (await refused.ReadProblemAsync(401, Cancel)).GetProperty("code").GetString());

        var first = await RenewAsync(host, expired);
        using var mailbox = new MaildevMailbox(host.Servers.MailWebUri);
        var sent = await mailbox.WaitForAsync(email, Subject, Cancel);
        string fresh = MaildevMailbox.LinkToken(sent);
        var second = await RenewAsync(host, expired);

        Assert.AreEqual(first, second);
        Assert.AreEqual("Đường liên kết mới về cuộc kiểm tra đối với Ủy ban MTTQ huyện Hà Quảng", sent.Subject);
        StringAssert.Contains(sent.Text, $"http://localhost:7071/units/inspections/{inspectionId}?t=");
        var claims = signer.Validate(fresh).Claims!;
        Assert.AreEqual((tree.District, inspectionId, UnitLinkPurpose.SelfReportUpload), (claims.UnitId, claims.InspectionId, claims.Purpose));
        Assert.IsGreaterThan(DateTimeOffset.UtcNow.AddDays(29), claims.ExpiresAt);
        using var opened = await host.Client.SendAsync(ApiRequests.Get($"api/inspections/{inspectionId}?t={Uri.EscapeDataString(fresh)}", null), Cancel);
        Assert.AreEqual(HttpStatusCode.OK, opened.StatusCode, await opened.Content.ReadAsStringAsync(Cancel));
        Assert.HasCount(1, (await mailbox.ToAsync(email, Cancel)).Where(e => e.Subject.Contains(Subject, StringComparison.Ordinal)).ToList(),
            "A second request the same day sends nothing more.");
    }

    [TestMethod]
    public async Task Every_request_answers_the_same_and_only_a_genuine_link_of_the_unit_sends_anything()
    {
        var (host, tree, email, inspectionId) = await ScheduledInspectionAsync();
        var signer = host.Services.GetRequiredService<UnitLinkSigner>();
        string genuine = signer.Sign(new UnitLinkClaims(tree.District, inspectionId, DateTimeOffset.UtcNow.AddDays(-1), UnitLinkPurpose.Feedback));
        var otherKey = new UnitLinkSigner(
            Microsoft.Extensions.Options.Options.Create(new UnitLinkOptions { SigningKey = Convert.ToBase64String(new byte[32]) }), TimeProvider.System);
        string[] refusedTokens =
        [
            genuine[..^2] + (genuine[^2] == 'A' ? "BB" : "AA"),
            otherKey.Sign(new UnitLinkClaims(tree.District, inspectionId, DateTimeOffset.UtcNow.AddDays(-1), UnitLinkPurpose.Feedback)),
            signer.Sign(new UnitLinkClaims(tree.Commune, inspectionId, DateTimeOffset.UtcNow.AddDays(-1), UnitLinkPurpose.Feedback)),
            signer.Sign(new UnitLinkClaims(tree.District, inspectionId + "9", DateTimeOffset.UtcNow.AddDays(-1), UnitLinkPurpose.Feedback)),
            "khong.phai-duong-dan",
        ];

        var answers = new List<string> { await RenewAsync(host, null) };
        foreach (string token in refusedTokens)
        {
            answers.Add(await RenewAsync(host, token));
        }

        // A caller cannot name the address: a query or body field for one is not read.
        using var redirected = await host.Client.SendAsync(ApiRequests.PostJson(
            $"api/links/renew?t={Uri.EscapeDataString(genuine)}&email=ke-gian%40example.vn", new { email = "ke-gian@example.vn" }, null), Cancel);
        Assert.AreEqual(HttpStatusCode.Accepted, redirected.StatusCode);

        using var mailbox = new MaildevMailbox(host.Servers.MailWebUri);
        await mailbox.WaitForAsync(email, Subject, Cancel);
        Assert.HasCount(1, answers.Distinct().ToList(), string.Join(" | ", answers));
        Assert.AreEqual(answers[0], await redirected.Content.ReadAsStringAsync(Cancel));
        Assert.HasCount(1, (await mailbox.ToAsync(email, Cancel)).Where(e => e.Subject.Contains(Subject, StringComparison.Ordinal)).ToList(),
            "Only the genuine link sent a new one.");
        Assert.IsEmpty(await mailbox.ToAsync("ke-gian@example.vn", Cancel));
        Assert.IsEmpty((await mailbox.ToAsync($"{tree.Prefix}.xa@example.vn", Cancel)).Where(e => e.Subject.Contains(Subject, StringComparison.Ordinal)).ToList());
    }

    [TestMethod]
    public async Task A_supervised_units_new_link_is_worded_as_a_supervision()
    {
        var (host, tree, _, districtInspection) = await ScheduledInspectionAsync();
        string inspectionId = districtInspection[..^1] + "2";
        await new WorkflowDriver(host, Cancel).WaitUntilAsync(inspectionId, _ => true, "listing by the plan's workflow");
        string email = $"{tree.Prefix}.xa@example.vn";
        string expired = host.Services.GetRequiredService<UnitLinkSigner>()
            .Sign(new UnitLinkClaims(tree.Commune, inspectionId, DateTimeOffset.UtcNow.AddDays(-2), UnitLinkPurpose.SelfReportUpload));

        await RenewAsync(host, expired);

        using var mailbox = new MaildevMailbox(host.Servers.MailWebUri);
        var sent = await mailbox.WaitForAsync(email, Subject, Cancel);
        Assert.AreEqual("Đường liên kết mới về cuộc giám sát đối với Ủy ban MTTQ xã Trường Hà", sent.Subject);
        string body = (sent.Text ?? string.Empty).ReplaceLineEndings("\n");
        StringAssert.StartsWith(body, "Kính gửi: Ủy ban MTTQ xã Trường Hà.");
        StringAssert.Contains(body, "thực hiện các nội dung của cuộc giám sát theo Kế hoạch số 12/KH-MTTQ-BTT:\nhttp://localhost:7071/units/inspections/" + inspectionId + "?t=");
        Assert.DoesNotContain("cuộc kiểm tra", body);
        var claims = host.Services.GetRequiredService<UnitLinkSigner>().Validate(MaildevMailbox.LinkToken(sent)).Claims!;
        Assert.AreEqual((tree.Commune, inspectionId), (claims.UnitId, claims.InspectionId));
    }

    /// <summary>POSTs a renewal and returns its 202 body (status and body are all a caller ever learns).</summary>
    private async Task<string> RenewAsync(TestHost host, string? token)
    {
        string query = token is null ? string.Empty : "?t=" + Uri.EscapeDataString(token);
        using var response = await host.Client.SendAsync(ApiRequests.PostRaw("api/links/renew" + query, string.Empty, "text/plain", null), Cancel);
        string body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, body);
        Assert.AreEqual("LinkRenewal", JsonDocument.Parse(body).RootElement.GetProperty("accepted").GetString());
        return body;
    }

    /// <summary>
    /// A launched plan (real time: the district's inspection waits in Scheduled) whose units have mailboxes of their own,
    /// so this test's mail is told apart from every other test's in the shared maildev.
    /// </summary>
    private async Task<(TestHost Host, UnitTree Tree, string Email, string InspectionId)> ScheduledInspectionAsync()
    {
        var host = await TestHost.SharedAsync(Cancel);
        var tree = new UnitTree();
        string email = $"{tree.Prefix}.huyen@example.vn";
        string csv = "id,name,level,parentId,email\n" +
            $"{tree.Province},Ủy ban MTTQ Việt Nam tỉnh Cao Bằng,Province,,{tree.Prefix}.tinh@example.vn\n" +
            $"{tree.District},Ủy ban MTTQ huyện Hà Quảng,District,{tree.Province},{email}\n" +
            $"{tree.Commune},Ủy ban MTTQ xã Trường Hà,Commune,{tree.District},{tree.Prefix}.xa@example.vn\n";
        using (var imported = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv, "planner"), Cancel))
        {
            Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync(Cancel));
        }

        string planId = await TestPlans.CreateApprovedPlanAsync(host, tree, Cancel);
        using (var launched = await host.Client.SendAsync(ApiRequests.PostJson($"api/plans/{planId}/launch", null, "planner"), Cancel))
        {
            Assert.AreEqual(HttpStatusCode.Accepted, launched.StatusCode);
        }

        string inspectionId = planId + ".001";
        await new WorkflowDriver(host, Cancel).WaitUntilAsync(inspectionId, _ => true, "listing by the plan's workflow");
        return (host, tree, email, inspectionId);
    }
}
