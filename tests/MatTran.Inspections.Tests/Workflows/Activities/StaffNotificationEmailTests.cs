using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Tests.Email;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>
/// The staff notifications, read from maildev: the team lead (their own mailbox from the directory) hears when the unit
/// uploads its report, explains the draft or reports a remediation, with a link to the inspection's staff page; the unit
/// hears when its remediation report is rejected, with its own link. Each is worded for the kind of engagement.
/// </summary>
[TestClass]
public sealed class StaffNotificationEmailTests
{
    private const string Unit = "Ủy ban MTTQ Việt Nam xã Hạnh Sơn";

    private const string LeadGreeting = "Kính gửi: đồng chí Nguyễn Văn Hùng, Phó Chủ tịch, Trưởng đoàn ";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    [DataRow(InspectionKind.Inspection, "kiểm tra")]
    [DataRow(InspectionKind.Supervision, "giám sát")]
    public async Task The_team_lead_is_emailed_a_staff_page_link_when_the_unit_uploads_and_when_it_explains_the_draft(InspectionKind kind, string activity)
    {
        using var world = await ActivityWorld.CreateAsync(Ct, kind);
        string id = (await world.StartAsync()).InspectionId;
        await new IssueNotice(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 6, 5))));
        await new RecordSelfReport(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.RecordSelfReport, id), new SignalStep(world.NextKey(id), id,
            new InspectionSignal(InspectionSignalKind.SelfReport, "unit:" + world.UnitId, DocumentId: id + ".self-report.v1"), ActivityWorld.At(new DateOnly(2023, 6, 9))));
        await new RecordFindings(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id),
            new SignalStep(world.NextKey(id), id, Requests.Findings(), ActivityWorld.At(new DateOnly(2023, 6, 22))));
        await new RecordFeedback(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFeedback, id), new SignalStep(world.NextKey(id), id,
            new InspectionSignal(InspectionSignalKind.Feedback, "unit:" + world.UnitId, Text: "Đơn vị đã bổ sung chứng từ."), ActivityWorld.At(new DateOnly(2023, 6, 26))));

        var lead = await world.SettledInboxAsync(world.TeamLeadEmail, 2, Ct);

        Assert.HasCount(2, lead, string.Join(" | ", lead.Select(e => e.Subject)));
        var upload = lead.Single(e => e.Subject == $"{Unit} đã gửi báo cáo tự {activity}");
        StringAssert.StartsWith(upload.Text, LeadGreeting + activity + ".");
        StringAssert.Contains(upload.Text, $"{Unit} đã gửi báo cáo tự {activity} phục vụ buổi làm việc của Đoàn ngày 19/06/2023.");
        var explained = lead.Single(e => e.Subject == $"{Unit} đã gửi ý kiến giải trình về dự thảo báo cáo kết quả {activity}");
        StringAssert.Contains(explained.Text, $"dự thảo Thông báo kết luận {activity} tại:");
        foreach (var email in lead)
        {
            AssertStaffLink(email, id);
            Assert.AreEqual(1, lead.Count(e => e.Subject == email.Subject), "each is sent once");
        }

        if (kind == InspectionKind.Supervision)
        {
            // The footer names the system ("quản lý kiểm tra, giám sát"); nothing else may call a supervision an inspection.
            Assert.IsFalse(lead.Any(e => (e.Subject + Body(e)).Replace("kiểm tra, giám sát", string.Empty, StringComparison.Ordinal).Contains("kiểm tra", StringComparison.Ordinal)),
                "a supervision is never called an inspection");
        }
    }

    [TestMethod]
    [DataRow(InspectionKind.Inspection, "kiểm tra")]
    [DataRow(InspectionKind.Supervision, "giám sát")]
    public async Task A_remediation_report_emails_the_team_lead_and_its_rejection_emails_the_unit_a_working_link(InspectionKind kind, string activity)
    {
        using var world = await ActivityWorld.CreateAsync(Ct, kind);
        var (inspection, issued, _) = await IssueConclusionTests.ApprovedAsync(world, Ct);
        string id = inspection.InspectionId;
        var remediation = issued.Remediations[1];
        var newDue = new DateOnly(2023, 11, 30);
        var record = new RecordRemediation(world.Services);
        await record.RunAsync(ActivityWorld.Context(ActivityNames.RecordRemediation, remediation.RemediationId), new RemediationStep(world.NextKey(remediation.RemediationId), remediation,
            ActivityWorld.At(new DateOnly(2023, 10, 20)), new RemediationSignal(RemediationSignalKind.Report, "unit:" + world.UnitId, "Đã niêm yết danh sách tại nhà văn hóa.")));
        await record.RunAsync(ActivityWorld.Context(ActivityNames.RecordRemediation, remediation.RemediationId), new RemediationStep(world.NextKey(remediation.RemediationId), remediation,
            ActivityWorld.At(new DateOnly(2023, 10, 25)), new RemediationSignal(RemediationSignalKind.Reject, "truongdoan", "Chưa có biên bản niêm yết.", NewDueDate: newDue)));

        var reported = (await world.SettledInboxAsync(world.TeamLeadEmail, 1, Ct)).Single();
        Assert.AreEqual($"{Unit} báo cáo kết quả khắc phục kiến nghị", reported.Subject);
        StringAssert.StartsWith(reported.Text, LeadGreeting + activity + ".");
        StringAssert.Contains(Body(reported), $"kiến nghị trong Thông báo kết luận {activity} số 2/TB-MTTQ-BTT:\n\"Công khai danh sách hộ được hỗ trợ\"");
        AssertStaffLink(reported, id);

        var rejected = (await world.SettledInboxAsync(world.UnitEmail, 4, Ct)).Where(e => e.Subject.StartsWith("Đề nghị tiếp tục khắc phục", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, rejected);
        Assert.AreEqual("Đề nghị tiếp tục khắc phục kiến nghị: hạn mới ngày 30/11/2023", rejected[0].Subject);
        StringAssert.StartsWith(rejected[0].Text, $"Kính gửi: {Unit}.");
        StringAssert.Contains(rejected[0].Text, $"Đoàn {activity} của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng chưa công nhận báo cáo khắc phục");
        StringAssert.Contains(rejected[0].Text, "trước ngày 30/11/2023 tại đường liên kết:");
        var claims = world.Links.Validate(UnitLinkToken(rejected[0], id)).Claims;
        Assert.IsNotNull(claims, "the link in the email is a valid link of the unit");
        Assert.AreEqual((world.UnitId, id, UnitLinkPurpose.RemediationReport), (claims.UnitId, claims.InspectionId, claims.Purpose));
        Assert.IsGreaterThan(new DateTimeOffset(newDue.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)), claims.ExpiresAt, "the link outlives the new due date");
    }

    [TestMethod]
    public async Task A_follow_up_notifies_its_team_lead_and_unit_in_the_words_of_a_phuc_tra()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (inspection, _, _) = await IssueConclusionTests.ApprovedAsync(world, Ct);
        var followUp = await new CreateFollowUp(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.CreateFollowUp, inspection.InspectionId),
            new FollowUpStep(world.NextKey(inspection.InspectionId), inspection.InspectionId, ActivityWorld.At(new DateOnly(2023, 11, 6)), ActivityWorld.Clock));
        string id = followUp.InspectionId;
        await new IssueNotice(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 11, 13))));
        await new RecordSelfReport(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.RecordSelfReport, id), new SignalStep(world.NextKey(id), id,
            new InspectionSignal(InspectionSignalKind.SelfReport, "unit:" + world.UnitId, DocumentId: id + ".self-report.v1"), ActivityWorld.At(new DateOnly(2023, 11, 17))));

        var lead = (await world.SettledInboxAsync(world.TeamLeadEmail, 1, Ct)).Single();
        Assert.AreEqual($"{Unit} đã gửi báo cáo kết quả thực hiện kết luận", lead.Subject);
        StringAssert.StartsWith(lead.Text, LeadGreeting + "phúc tra.");
        AssertStaffLink(lead, id);
        var notice = (await world.SettledInboxAsync(world.UnitEmail, 4, Ct)).Where(e => e.Subject.StartsWith("Thông báo phúc tra", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, notice);
        StringAssert.StartsWith(notice[0].Subject, $"Thông báo phúc tra đối với {Unit} (số ");
        StringAssert.Contains(notice[0].Text, "gửi báo cáo kết quả thực hiện kết luận trước ngày");
    }

    /// <summary>Staff open the inspection's page of the web app, signed in: the link carries no token.</summary>
    private static void AssertStaffLink(MaildevEmail email, string inspectionId)
    {
        string link = "https://mattran.example.vn/inspections/" + inspectionId;
        StringAssert.Contains(Body(email), link + "\n");
        StringAssert.Contains(email.Html, $"<a href=\"{link}\">");
        Assert.DoesNotContain("?t=", email.Text!, email.Subject);
    }

    /// <summary>The text body with its line breaks as the template writes them (SMTP carries CRLF).</summary>
    private static string Body(MaildevEmail email) => (email.Text ?? string.Empty).ReplaceLineEndings("\n");

    /// <summary>The token of the unit page's link in the email (the page of this inspection, with the unit's link).</summary>
    private static string UnitLinkToken(MaildevEmail email, string inspectionId)
    {
        string prefix = $"https://mattran.example.vn/units/inspections/{Uri.EscapeDataString(inspectionId)}?t=";
        int start = email.Text!.IndexOf(prefix, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, $"No unit page link in: {email.Text}");
        int end = email.Text.IndexOfAny([' ', '\n', '\r'], start);
        return Uri.UnescapeDataString(email.Text[(start + prefix.Length)..(end < 0 ? email.Text.Length : end)]);
    }
}
