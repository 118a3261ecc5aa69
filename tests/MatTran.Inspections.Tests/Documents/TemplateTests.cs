using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Tests.Documents;

[TestClass]
public sealed class TemplateTests
{
    private static List<string> Texts(OfficialDocument document) =>
        document.Body.Select(p => p.Lead is null ? p.Text : p.Lead + " " + p.Text).ToList();

    [TestMethod]
    public void Team_decision_has_bases_operative_line_and_three_articles()
    {
        var texts = Texts(SampleDocuments.Decision());

        Assert.AreEqual("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", texts[0]);
        CollectionAssert.Contains(texts,
            "Căn cứ Kế hoạch số 325/KH-MTTQ-BTT ngày 15/02/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng về công tác kiểm tra, giám sát năm 2023;");
        CollectionAssert.Contains(texts, "QUYẾT ĐỊNH:");
        Assert.IsTrue(texts.Any(t => t.StartsWith("Điều 1. Thành lập Đoàn kiểm tra", StringComparison.Ordinal)));
        Assert.IsTrue(texts.Any(t => t.StartsWith("Điều 2. ", StringComparison.Ordinal) && t.Contains("từ 01/2022 đến 05/2023", StringComparison.Ordinal)
            && t.Contains("ngày 19/06/2023", StringComparison.Ordinal)));
        Assert.IsTrue(texts.Any(t => t.StartsWith("Điều 3. ", StringComparison.Ordinal) && t.EndsWith("./.", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Team_lead_is_listed_first()
    {
        var members = SampleDocuments.Decision().Body.Where(p => p.Style == BodyParagraphStyle.Bullet).Select(p => p.Text).ToList();

        CollectionAssert.AreEqual(new[]
        {
            "Đồng chí Bùi Huy Toàn, Phó Chủ tịch Ủy ban MTTQ tỉnh - Trưởng đoàn;",
            "Đồng chí Hoàng Văn Thụ, Ủy viên Ban Thường trực - Thành viên;",
        }, members);
    }

    [TestMethod]
    public void Team_decision_is_sent_as_article_3_first()
    {
        Assert.AreEqual("Như Điều 3", SampleDocuments.Decision().Recipients[0]);
    }

    [TestMethod]
    public void Notice_asks_for_the_self_report_by_its_due_date()
    {
        var notice = SampleDocuments.Notice();
        var texts = Texts(notice);

        Assert.AreEqual("THÔNG BÁO", notice.EffectiveTitle);
        Assert.AreEqual("31/TB-MTTQ-BTT", notice.Number.Text);
        StringAssert.Contains(texts[0], "Quyết định số 12/QĐ-MTTQ-BTT ngày 05/06/2023 về việc thành lập Đoàn kiểm tra");
        CollectionAssert.Contains(texts, "Từ tháng 01/2022 đến tháng 05/2023.");
        CollectionAssert.Contains(texts, "Đoàn làm việc với đơn vị vào ngày 19/06/2023 tại trụ sở Ủy ban MTTQ Việt Nam xã Hạnh Sơn.");
        Assert.IsTrue(texts.Any(t => t.Contains("báo cáo tự kiểm tra", StringComparison.Ordinal) && t.Contains("trước ngày 14/06/2023", StringComparison.Ordinal)));
        Assert.AreEqual("Ủy ban MTTQ Việt Nam xã Hạnh Sơn", notice.Recipients[0]);
    }

    [TestMethod]
    public void Supervision_notice_speaks_of_supervision()
    {
        var facts = SampleDocuments.Facts with { Kind = InspectionKind.Supervision };

        var notice = InspectionNoticeTemplate.Build(SampleDocuments.Issue(DocumentType.Notice), facts, SampleDocuments.TeamDecision, new DateOnly(2023, 6, 14));

        Assert.AreEqual("Về việc giám sát đối với Ủy ban MTTQ Việt Nam xã Hạnh Sơn", notice.Subtitle);
    }

    [TestMethod]
    public void Conclusion_groups_findings_by_kind_then_topic()
    {
        var body = SampleDocuments.ConclusionNotice().Body;
        var headings = body.Where(p => p.Style == BodyParagraphStyle.Heading).Select(p => p.Lead is null ? p.Text : p.Lead + " " + p.Text).ToList();

        CollectionAssert.AreEqual(new[]
        {
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "1. Quỹ Vì người nghèo",
            "2. Việc thực hiện Điều lệ và các quy định của Mặt trận",
            "II. HẠN CHẾ",
            "1. Quỹ Vì người nghèo",
            "III. NGUYÊN NHÂN",
            "IV. KIẾN NGHỊ",
            "V. XẾP LOẠI",
        }, headings);
    }

    [TestMethod]
    public void Conclusion_prints_money_with_dot_groups_and_dong()
    {
        var texts = Texts(SampleDocuments.ConclusionNotice());

        CollectionAssert.Contains(texts, "Vận động xây dựng Quỹ vượt chỉ tiêu; Tổng số tiền vận động được: 7.955.058.171 đồng.");
        CollectionAssert.Contains(texts, "Hỗ trợ xây dựng nhà Đại đoàn kết; Nhà Đại đoàn kết: 12.");
    }

    [TestMethod]
    public void Empty_section_says_none()
    {
        var body = SampleDocuments.ConclusionNotice().Body.ToList();
        int causes = body.FindIndex(p => p.Text == "III. NGUYÊN NHÂN");

        Assert.AreEqual("Không có.", body[causes + 1].Text);
    }

    [TestMethod]
    public void Recommendation_names_responsible_party_and_due_date()
    {
        var texts = Texts(SampleDocuments.ConclusionNotice());

        CollectionAssert.Contains(texts,
            "1. Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo. Trách nhiệm thực hiện: Ban Thường trực Ủy ban MTTQ xã. Thời hạn hoàn thành: trước ngày 30/09/2023.");
    }

    [TestMethod]
    public void Conclusion_states_rating_and_announces_follow_up()
    {
        var texts = Texts(SampleDocuments.ConclusionNotice());

        CollectionAssert.Contains(texts, "Ủy ban MTTQ Việt Nam xã Hạnh Sơn được xếp loại: Tốt.");
        Assert.IsTrue(texts.Any(t => t.Contains("phúc tra", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Conclusion_without_follow_up_does_not_announce_one()
    {
        var content = SampleDocuments.Conclusion with { Conclusion = SampleDocuments.Conclusion.Conclusion with { FollowUp = false } };

        var texts = Texts(ConclusionNoticeTemplate.Build(SampleDocuments.Issue(DocumentType.Notice), SampleDocuments.Facts, content));

        Assert.IsFalse(texts.Any(t => t.Contains("phúc tra", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Conclusion_prints_the_general_assessment_after_the_opening()
    {
        var body = SampleDocuments.ConclusionNotice().Body;

        Assert.AreEqual("Ủy ban MTTQ xã đã triển khai đầy đủ các nội dung theo kế hoạch.", body[1].Text);
    }

    [TestMethod]
    public void Decision_with_a_notice_number_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() =>
            TeamDecisionTemplate.Build(SampleDocuments.Issue(DocumentType.Notice), SampleDocuments.Facts));
    }
}
