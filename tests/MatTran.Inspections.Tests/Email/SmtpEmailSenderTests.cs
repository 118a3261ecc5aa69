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
    public async Task Password_sign_in_to_a_server_without_AUTH_fails_and_names_no_credential()
    {
        var logger = new RecordingLogger<SmtpEmailSender>();
        var (sender, inbox) = await SmtpAsync(logger, "kiemtra-user", "mat-khau-bi-mat");
        using var _ = inbox;
        string to = Emulators.UniqueName("log") + "@example.vn";

        // maildev offers no AUTH unless started with a user: the sender must not fall back to sending unauthenticated.
        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => sender.SendAsync(Notice(to, "insp-3:notice"), TestContext.CancellationToken));

        StringAssert.Contains(error.Message, "offers no SMTP AUTH");
        string said = error.Message + "\n" + string.Join("\n", logger.Messages);
        Assert.DoesNotContain("mat-khau-bi-mat", said);
        Assert.DoesNotContain("kiemtra-user", said);
        Assert.DoesNotContain(to, said);
        Assert.IsEmpty(await inbox.ForAsync(to, 0, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Send_log_names_the_message_id_but_no_recipient()
    {
        var logger = new RecordingLogger<SmtpEmailSender>();
        var (sender, inbox) = await SmtpAsync(logger);
        using var _ = inbox;
        string to = Emulators.UniqueName("log") + "@example.vn";

        await sender.SendAsync(Notice(to, "insp-4:notice"), TestContext.CancellationToken);

        Assert.HasCount(1, await inbox.ForAsync(to, 1, TestContext.CancellationToken));
        string log = string.Join("\n", logger.Messages);
        StringAssert.Contains(log, EmailMessageIds.For("insp-4:notice", "mttq-caobang.example.vn"));
        Assert.DoesNotContain(to, log);
    }

    [TestMethod]
    public async Task Entra_sign_in_is_XOAUTH2_with_a_Communication_Services_token_for_the_SMTP_username()
    {
        var credential = new FixedTokenCredential("token-for-acs");

        var mechanism = await SmtpEntraSignIn.MechanismAsync("mattran-prod-smtp", credential, TestContext.CancellationToken);

        Assert.AreEqual("XOAUTH2", mechanism.MechanismName);
        Assert.AreEqual("mattran-prod-smtp", mechanism.Credentials.UserName);
        Assert.AreEqual("token-for-acs", mechanism.Credentials.Password);
        CollectionAssert.AreEqual(new[] { "https://communication.azure.com/.default" }, credential.ScopesAsked.Single());
    }

    [TestMethod]
    [DataRow(null, null, SmtpAuthentication.None)]
    [DataRow("kiemtra-user", null, SmtpAuthentication.Password)]
    [DataRow("acs-smtp-user", SmtpAuthentication.EntraId, SmtpAuthentication.EntraId)]
    public void Sign_in_mode_defaults_to_password_only_when_a_user_name_is_set(string? userName, SmtpAuthentication? configured, SmtpAuthentication expected)
    {
        Assert.AreEqual(expected, new SmtpOptions { UserName = userName, Authentication = configured }.EffectiveAuthentication());
    }
}
