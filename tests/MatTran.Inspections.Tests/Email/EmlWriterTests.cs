using System.Text;
using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Archive;
using MatTran.Inspections.Email.Templates;

namespace MatTran.Inspections.Tests.Email;

[TestClass]
public sealed class EmlWriterTests
{
    private static readonly EmailAddress From = new("kiemtra@mttq-caobang.example.vn", "Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng");
    private static readonly DateTimeOffset SentAt = new(2023, 6, 5, 8, 30, 0, TimeSpan.FromHours(7));

    private static EmailMessage Message() => EmailComposer.Compose(
        EmailTemplateId.DraftReportForFeedback, SampleEmailValues.All(),
        [new EmailAddress("mttq.hanhson@example.vn", "Ủy ban MTTQ xã Hạnh Sơn")], "insp-1:draft");

    private static string Eml() => Encoding.ASCII.GetString(EmlWriter.Write(Message(), From, "<abc@mttq-caobang.example.vn>", SentAt));

    [TestMethod]
    public void Headers_decode_back_to_the_Vietnamese_subject_and_names()
    {
        string eml = Eml();

        Assert.AreEqual(Message().Subject, MimeDecoding.Header(eml, "Subject"));
        Assert.AreEqual("Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng <kiemtra@mttq-caobang.example.vn>", MimeDecoding.Header(eml, "From"));
        Assert.AreEqual("Ủy ban MTTQ xã Hạnh Sơn <mttq.hanhson@example.vn>", MimeDecoding.Header(eml, "To"));
        Assert.AreEqual("<abc@mttq-caobang.example.vn>", MimeDecoding.Header(eml, "Message-ID"));
        Assert.AreEqual("Mon, 05 Jun 2023 08:30:00 +0700", MimeDecoding.Header(eml, "Date"));
    }

    [TestMethod]
    public void Both_bodies_decode_to_the_message_bodies()
    {
        string eml = Eml();

        Assert.AreEqual(Message().TextBody.ReplaceLineEndings("\r\n"), MimeDecoding.Part(eml, "text/plain"));
        Assert.AreEqual(Message().HtmlBody.ReplaceLineEndings("\r\n"), MimeDecoding.Part(eml, "text/html"));
        StringAssert.StartsWith(MimeDecoding.Header(eml, "Content-Type"), "multipart/alternative; boundary=");
    }

    [TestMethod]
    public void File_is_ascii_with_CRLF_lines_of_at_most_78_characters()
    {
        byte[] bytes = EmlWriter.Write(Message(), From, "<abc@mttq-caobang.example.vn>", SentAt);
        string eml = Encoding.ASCII.GetString(bytes);

        Assert.IsTrue(bytes.All(b => b < 0x80));
        Assert.DoesNotContain("\n", eml.Replace("\r\n", ""));
        Assert.IsTrue(eml.Split("\r\n").All(line => line.Length <= 78), eml.Split("\r\n").MaxBy(l => l.Length));
    }

    [TestMethod]
    public void Same_message_and_date_give_the_same_file()
    {
        CollectionAssert.AreEqual(
            EmlWriter.Write(Message(), From, "<abc@x>", SentAt), EmlWriter.Write(Message(), From, "<abc@x>", SentAt));
    }

    [TestMethod]
    public void Encoded_words_never_split_a_letter_with_its_tone_mark()
    {
        string decomposed = new string('ệ', 40).Normalize(NormalizationForm.FormD);

        var words = MimeHeaderEncoding.EncodedWords(decomposed).ToList();

        Assert.IsGreaterThan(1, words.Count);
        Assert.IsTrue(words.All(w => w.Length <= 75));
        string decoded = string.Concat(words.Select(w => Encoding.UTF8.GetString(Convert.FromBase64String(w[10..^2]))));
        Assert.AreEqual(decomposed, decoded);
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
