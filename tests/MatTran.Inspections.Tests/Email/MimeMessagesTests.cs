using System.Text;
using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Archive;
using MatTran.Inspections.Email.Templates;
using MimeKit;

namespace MatTran.Inspections.Tests.Email;

[TestClass]
public sealed class MimeMessagesTests
{
    private static readonly EmailAddress From = new("kiemtra@mttq-caobang.example.vn", "Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng");
    private static readonly DateTimeOffset SentAt = new(2023, 6, 5, 8, 30, 0, TimeSpan.FromHours(7));

    private static EmailMessage Message() => EmailComposer.Compose(
        EmailTemplateId.DraftReportForFeedback, SampleEmailValues.All(),
        [new EmailAddress("mttq.hanhson@example.vn", "Ủy ban MTTQ xã Hạnh Sơn")], "insp-1:draft");

    private static byte[] Eml()
    {
        using var mime = MimeMessages.Create(Message(), From, "<abc@mttq-caobang.example.vn>", SentAt);
        return MimeMessages.ToEml(mime);
    }

    private static MimeMessage ReadBack() => MimeMessage.Load(new MemoryStream(Eml()));

    private static string RawHeaders() => Encoding.ASCII.GetString(Eml()).Split("\r\n\r\n")[0];

    [TestMethod]
    public void Headers_read_back_as_the_Vietnamese_subject_names_id_and_date()
    {
        using var eml = ReadBack();

        Assert.AreEqual(Message().Subject, eml.Subject);
        Assert.AreEqual("Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng", eml.From.Mailboxes.Single().Name);
        Assert.AreEqual("mttq.hanhson@example.vn", eml.To.Mailboxes.Single().Address);
        Assert.AreEqual("Ủy ban MTTQ xã Hạnh Sơn", eml.To.Mailboxes.Single().Name);
        Assert.AreEqual("abc@mttq-caobang.example.vn", eml.MessageId);
        Assert.AreEqual(SentAt, eml.Date);
    }

    [TestMethod]
    public void Vietnamese_subject_is_written_as_RFC_2047_UTF8_encoded_words()
    {
        string subject = RawHeaders().Replace("\r\n ", " ").Split("\r\n").Single(l => l.StartsWith("Subject: ", StringComparison.Ordinal));

        StringAssert.StartsWith(subject, "Subject: =?utf-8?");
        Assert.IsTrue(subject.All(c => c < 0x80));
    }

    [TestMethod]
    public void Both_bodies_read_back_as_the_message_bodies_in_one_multipart_alternative()
    {
        using var eml = ReadBack();

        Assert.AreEqual("multipart/alternative", eml.Body?.ContentType.MimeType);
        Assert.AreEqual(Message().TextBody.ReplaceLineEndings("\n"), eml.TextBody?.ReplaceLineEndings("\n"));
        Assert.AreEqual(Message().HtmlBody.ReplaceLineEndings("\n"), eml.HtmlBody?.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void File_is_ascii_with_CRLF_lines_within_the_RFC_5322_limit()
    {
        byte[] bytes = Eml();
        string eml = Encoding.ASCII.GetString(bytes);

        Assert.IsTrue(bytes.All(b => b < 0x80));
        Assert.DoesNotContain("\n", eml.Replace("\r\n", ""));
        // 998 is RFC 5322's hard limit; folding nearer 78 is MimeKit's business.
        Assert.IsTrue(eml.Split("\r\n").All(line => line.Length <= 998), eml.Split("\r\n").MaxBy(l => l.Length));
    }

    [TestMethod]
    public void Same_message_and_date_give_the_same_file()
    {
        CollectionAssert.AreEqual(Eml(), Eml());
    }

    [TestMethod]
    [DataRow("insp-42:notice", "2023/06/insp-42:notice.eml")]
    [DataRow("plan/2023 đợt 1", "2023/06/plan_2023_t_1-")]
    public void Archive_path_is_year_month_in_Vietnam_time_and_key(string key, string expectedStart)
    {
        string path = EmailArchivePaths.For(key, new DateTimeOffset(2023, 6, 15, 3, 0, 0, TimeSpan.Zero));

        StringAssert.StartsWith(path, expectedStart);
        StringAssert.EndsWith(path, ".eml");
    }

    [TestMethod]
    public void Archive_month_follows_Vietnam_time_not_UTC()
    {
        Assert.AreEqual("2023/06/k.eml", EmailArchivePaths.For("k", new DateTimeOffset(2023, 5, 31, 18, 0, 0, TimeSpan.Zero)));
    }

    [TestMethod]
    public void Different_unsafe_keys_get_different_files()
    {
        var at = new DateTimeOffset(2023, 6, 15, 3, 0, 0, TimeSpan.Zero);

        Assert.AreNotEqual(EmailArchivePaths.For("a/b", at), EmailArchivePaths.For("a b", at));
    }
}
