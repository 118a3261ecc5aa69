using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Email;

[TestClass]
public sealed class SmtpEmailSenderTests
{
    public TestContext TestContext { get; set; } = null!;

    private async Task<(SmtpEmailSender Sender, MaildevInbox Inbox)> SmtpAsync(ILogger<SmtpEmailSender>? logger = null, string? userName = null, string? password = null)
    {
        var servers = await Emulators.GetServersAsync(TestContext.CancellationToken);
        var options = new EmailOptions
        {
            FromAddress = "kiemtra@mttq-caobang.example.vn",
            FromDisplayName = "Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = servers.SmtpPort, UserName = userName, Password = password },
        };
        return (new SmtpEmailSender(Options.Create(options), logger ?? NullLogger<SmtpEmailSender>.Instance), new MaildevInbox(servers.MailWebUri));
    }

    private static EmailMessage Notice(string to, string key) =>
        EmailComposer.Compose(EmailTemplateId.NoticeToUnit, SampleEmailValues.All(), [new EmailAddress(to, "Ủy ban MTTQ xã Hạnh Sơn")], key);

    [TestMethod]
    public async Task Sent_email_arrives_with_Vietnamese_subject_bodies_and_recipient()
    {
        var (sender, inbox) = await SmtpAsync();
        using var _ = inbox;
        string to = Emulators.UniqueName("hanhson") + "@example.vn";

        await sender.SendAsync(Notice(to, "insp-1:notice"), TestContext.CancellationToken);

        var received = (await inbox.ForAsync(to, 1, TestContext.CancellationToken)).Single();
        Assert.AreEqual("Thông báo kiểm tra đối với Ủy ban MTTQ Việt Nam xã Hạnh Sơn (số 31/TB-MTTQ-BTT)", received.Subject);
        Assert.AreEqual("Ủy ban MTTQ xã Hạnh Sơn", received.To.Single().Name);
        Assert.AreEqual("Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng", received.From.Single().Name);
        StringAssert.Contains(received.Text, "Kính gửi: Ủy ban MTTQ Việt Nam xã Hạnh Sơn.");
        StringAssert.Contains(received.Text, "trước ngày 14/06/2023");
        StringAssert.Contains(received.Html, "<a href=\"https://mattran.example.vn/don-vi/tai-len?t=abc.def\">");
        StringAssert.Contains(received.Html, "Đoàn sẽ làm việc với đơn vị vào ngày 19/06/2023");
    }

    [TestMethod]
    public async Task Message_id_is_derived_from_the_idempotency_key()
    {
        var (sender, inbox) = await SmtpAsync();
        using var _ = inbox;
        string to = Emulators.UniqueName("msgid") + "@example.vn";

        await sender.SendAsync(Notice(to, "insp-2:notice"), TestContext.CancellationToken);

        var received = (await inbox.ForAsync(to, 1, TestContext.CancellationToken)).Single();
        Assert.AreEqual(EmailMessageIds.For("insp-2:notice", "mttq-caobang.example.vn"), received.Header("message-id"));
    }

    [TestMethod]
    public async Task Credentials_never_reach_the_log()
    {
        var logger = new RecordingLogger<SmtpEmailSender>();
        var (sender, inbox) = await SmtpAsync(logger, "kiemtra-user", "mat-khau-bi-mat");
        using var _ = inbox;
        string to = Emulators.UniqueName("log") + "@example.vn";

        await sender.SendAsync(Notice(to, "insp-3:notice"), TestContext.CancellationToken);

        Assert.HasCount(1, await inbox.ForAsync(to, 1, TestContext.CancellationToken));
        string log = string.Join("\n", logger.Messages);
        StringAssert.Contains(log, EmailMessageIds.For("insp-3:notice", "mttq-caobang.example.vn"));
        Assert.DoesNotContain("mat-khau-bi-mat", log);
        Assert.DoesNotContain("kiemtra-user", log);
        Assert.DoesNotContain(to, log);
    }
}
