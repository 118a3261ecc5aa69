using System.Text.RegularExpressions;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed partial class IssueNoticeTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [GeneratedRegex(@"https://mattran\.example\.vn/units/inspections/(?<id>[^?\s]+)\?t=(?<token>[A-Za-z0-9_\-.%]+)")]
    private static partial Regex UnitLink();

    [TestMethod]
    public async Task Redelivered_notice_sends_one_email_takes_one_number_and_stores_one_version_of_each_document()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();
        var step = new InspectionStep(world.NextKey(inspection.InspectionId), inspection.InspectionId, ActivityWorld.At(new DateOnly(2023, 6, 5)));
        var activity = new IssueNotice(world.Services);

        await activity.RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, inspection.InspectionId), step);
        await activity.RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, inspection.InspectionId), step);

        var emails = await world.SettledInboxAsync(world.UnitEmail, 1, Ct);
        Assert.HasCount(1, emails);
        Assert.AreEqual("Thông báo kiểm tra đối với Ủy ban MTTQ Việt Nam xã Hạnh Sơn (số 1/TB-MTTQ-BTT)", emails[0].Subject);
        StringAssert.Contains(emails[0].Text, "vào ngày 19/06/2023");

        var stored = await world.Documents.ListAsync(world.Plan.Id, inspection.InspectionId, cancellationToken: Ct);
        CollectionAssert.AreEquivalent(new[] { DocumentKind.TeamDecision, DocumentKind.Notice }, stored.Select(d => d.Kind).ToArray());
        Assert.IsTrue(stored.All(d => d.Version == 1));

        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.NoticeSent, details.Summary.Stage);
        CollectionAssert.AreEquivalent(new[] { "1/QĐ-MTTQ-BTT", "1/TB-MTTQ-BTT" }, details.Documents.Select(d => d.Number).ToArray());
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.NoticeSent));
    }

    [TestMethod]
    public async Task The_archived_notice_email_is_dated_at_the_plan_time_of_its_step()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();

        await new IssueNotice(world.Services).RunAsync(
            ActivityWorld.Context(ActivityNames.IssueNotice, inspection.InspectionId),
            new InspectionStep(world.NextKey(inspection.InspectionId), inspection.InspectionId, ActivityWorld.At(new DateOnly(2023, 6, 5))));

        var archived = world.MailArchive.GetBlobClient($"2023/06/{inspection.InspectionId}:notice.eml");
        string eml = (await archived.DownloadContentAsync(Ct)).Value.Content.ToString();
        StringAssert.Contains(eml, "Date: Mon, 05 Jun 2023 08:00:00 +0700\r\n");
    }

    [TestMethod]
    public async Task Notice_email_carries_a_self_report_link_for_this_unit_and_inspection_only()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var inspection = await world.StartAsync();

        await new IssueNotice(world.Services).RunAsync(
            ActivityWorld.Context(ActivityNames.IssueNotice, inspection.InspectionId),
            new InspectionStep(world.NextKey(inspection.InspectionId), inspection.InspectionId, ActivityWorld.At(new DateOnly(2023, 6, 5))));

        var email = (await world.Inbox.ForAsync(world.UnitEmail, 1, Ct)).Single();
        var match = UnitLink().Match(email.Text!);
        Assert.IsTrue(match.Success, email.Text);
        Assert.AreEqual(inspection.InspectionId, Uri.UnescapeDataString(match.Groups["id"].Value));
        string token = Uri.UnescapeDataString(match.Groups["token"].Value);
        var claims = world.Links.Validate(token).Claims;
        Assert.IsNotNull(claims);
        Assert.AreEqual((world.UnitId, inspection.InspectionId, UnitLinkPurpose.SelfReportUpload), (claims.UnitId, claims.InspectionId, claims.Purpose));
        // Valid until 30 days after the visit (19/06/2023 → 19/07/2023).
        StringAssert.Contains(email.Text, "có hiệu lực đến ngày 19/07/2023");
    }
}
