using System.Text;
using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Templates;

namespace MatTran.Inspections.Tests.Email;

[TestClass]
public sealed class EmailTemplateTests
{
    private static readonly EmailAddress Unit = new("mttq.hanhson@example.vn", "Ủy ban MTTQ xã Hạnh Sơn");

    public static IEnumerable<object[]> AllTemplates => Enum.GetValues<EmailTemplateId>().Select(id => new object[] { id });

    [TestMethod]
    [DynamicData(nameof(AllTemplates))]
    public void Every_template_renders_with_no_placeholder_left(EmailTemplateId id)
    {
        var message = EmailComposer.Compose(id, SampleEmailValues.All(), [Unit], "key");

        foreach (string part in new[] { message.Subject, message.TextBody, message.HtmlBody })
        {
            Assert.DoesNotContain("{{", part);
            Assert.DoesNotContain("}}", part);
            Assert.IsTrue(part.IsNormalized(NormalizationForm.FormC));
        }

        StringAssert.StartsWith(message.TextBody, "Kính gửi: ");
        Assert.IsFalse(message.Subject.Contains('\n', StringComparison.Ordinal));
    }

    [TestMethod]
    public void An_email_can_never_be_handed_a_value_with_a_control_character()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => SampleEmailValues.All().Set(EmailPlaceholders.UnitName, "Ủy ban\u0000 MTTQ"));

        StringAssert.Contains(error.Message, "U+0000");
    }

    [TestMethod]
    public void An_email_can_never_be_addressed_with_a_control_character_in_the_name() =>
        Assert.ThrowsExactly<ArgumentException>(() => EmailComposer.Compose(
            EmailTemplateId.NoticeToUnit, SampleEmailValues.All(), [new EmailAddress("mttq@example.vn", "Ủy ban\u001B MTTQ")], "key"));

    [TestMethod]
    [DynamicData(nameof(AllTemplates))]
    public void Every_template_carries_the_link(EmailTemplateId id)
    {
        var message = EmailComposer.Compose(id, SampleEmailValues.All(), [Unit], "key");

        StringAssert.Contains(message.TextBody, SampleEmailValues.Link.AbsoluteUri);
        StringAssert.Contains(message.HtmlBody, $"<a href=\"{SampleEmailValues.Link.AbsoluteUri}\">");
    }

    [TestMethod]
    public void Notice_to_unit_names_unit_dates_and_document_number()
    {
        var message = EmailComposer.Compose(EmailTemplateId.NoticeToUnit, SampleEmailValues.All(), [Unit], "key");

        Assert.AreEqual("Thông báo kiểm tra đối với Ủy ban MTTQ Việt Nam xã Hạnh Sơn (số 31/TB-MTTQ-BTT)", message.Subject);
        StringAssert.Contains(message.TextBody, "Kính gửi: Ủy ban MTTQ Việt Nam xã Hạnh Sơn.");
        StringAssert.Contains(message.TextBody, "vào ngày 19/06/2023");
        StringAssert.Contains(message.TextBody, "trước ngày 14/06/2023");
        StringAssert.Contains(message.TextBody, "có hiệu lực đến ngày 05/07/2023");
    }

    [TestMethod]
    public void Reminder_on_due_day_states_the_day()
    {
        var message = EmailComposer.Compose(EmailTemplateId.SelfReportReminderOnDueDay, SampleEmailValues.All(), [Unit], "key");

        Assert.AreEqual("Hôm nay, ngày 14/06/2023, là hạn cuối gửi báo cáo tự kiểm tra", message.Subject);
    }

    [TestMethod]
    public void Overdue_escalation_greets_the_planner_and_counts_days()
    {
        var message = EmailComposer.Compose(EmailTemplateId.SelfReportOverdueToPlanner, SampleEmailValues.All(), [Unit], "key");

        Assert.AreEqual("Ủy ban MTTQ Việt Nam xã Hạnh Sơn chưa gửi báo cáo tự kiểm tra (quá hạn 3 ngày)", message.Subject);
        StringAssert.StartsWith(message.TextBody, "Kính gửi: đồng chí Nguyễn Thị Bích Nhiệm.");
    }

    [TestMethod]
    public void Remediation_overdue_quotes_the_recommendation()
    {
        var message = EmailComposer.Compose(EmailTemplateId.RemediationOverdueToUnitHead, SampleEmailValues.All(), [Unit], "key");

        StringAssert.Contains(message.TextBody, "\"Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo\"");
        StringAssert.Contains(message.TextBody, "thời hạn hoàn thành ngày 14/06/2023, đến nay đã quá 3 ngày");
    }

    [TestMethod]
    public void Missing_value_is_refused_and_named()
    {
        var values = new EmailTemplateValues().Set(EmailPlaceholders.UnitName, "Xã Hạnh Sơn");

        var e = Assert.ThrowsExactly<MissingPlaceholderException>(() =>
            EmailComposer.Compose(EmailTemplateId.SelfReportRequest, values, [Unit], "key"));

        CollectionAssert.Contains(e.Names.ToList(), EmailPlaceholders.DueDate);
        CollectionAssert.DoesNotContain(e.Names.ToList(), EmailPlaceholders.UnitName);
    }

    [TestMethod]
    public void Html_encodes_values_so_names_cannot_inject_markup()
    {
        var values = SampleEmailValues.All().Set(EmailPlaceholders.UnitName, "Xã <b>Hạnh Sơn</b> & \"Thôn 1\"");

        var message = EmailComposer.Compose(EmailTemplateId.NoticeToUnit, values, [Unit], "key");

        StringAssert.Contains(message.HtmlBody, "Xã &lt;b&gt;Hạnh Sơn&lt;/b&gt; &amp; &quot;Thôn 1&quot;");
        StringAssert.Contains(message.TextBody, "Xã <b>Hạnh Sơn</b> & \"Thôn 1\"");
    }

    [TestMethod]
    public void Html_body_is_a_Vietnamese_page_with_a_paragraph_per_block()
    {
        var message = EmailComposer.Compose(EmailTemplateId.SelfReportRequest, SampleEmailValues.All(), [Unit], "key");
        int blocks = message.TextBody.Split("\n\n").Length;

        StringAssert.StartsWith(message.HtmlBody, "<!DOCTYPE html>\n<html lang=\"vi\">");
        Assert.AreEqual(blocks, message.HtmlBody.Split("<p>").Length - 1);
        StringAssert.Contains(message.HtmlBody, "tải báo cáo lên tại đường liên kết:<br>");
    }

    [TestMethod]
    public void Links_must_be_absolute_http()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new EmailTemplateValues().Link(EmailPlaceholders.Link, new Uri("javascript:alert(1)")));
        Assert.ThrowsExactly<ArgumentException>(() => new EmailTemplateValues().Link(EmailPlaceholders.Link, new Uri("/relative", UriKind.Relative)));
    }

    [TestMethod]
    public void Email_without_recipients_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => EmailComposer.Compose(EmailTemplateId.ConclusionIssued, SampleEmailValues.All(), [], "key"));
    }

    [TestMethod]
    public void Message_id_is_stable_per_key_and_differs_between_keys()
    {
        string first = EmailMessageIds.For("insp-1:notice", "mattran.example.vn");

        Assert.AreEqual(first, EmailMessageIds.For("insp-1:notice", "mattran.example.vn"));
        Assert.AreNotEqual(first, EmailMessageIds.For("insp-1:reminder", "mattran.example.vn"));
        Assert.MatchesRegex(@"^<[0-9a-f]{32}@mattran\.example\.vn>$", first);
    }
}
