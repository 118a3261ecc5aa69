using MatTran.Inspections.Findings;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Findings;

[TestClass]
public sealed class FindingsValidatorTests
{
    private static readonly string[] Topics = ["Tổ chức sinh hoạt Ban công tác Mặt trận khu dân cư", "Vận động Quỹ \"Vì người nghèo\""];

    private static Finding Good(params Figure[] figures) =>
        new(Topics[1], FindingType.Achievement, "Vận động được quỹ vượt chỉ tiêu.", figures);

    private static ValidationResult Validate(params Finding[] findings) =>
        FindingsValidator.Validate(new FindingsSubmission(findings, "Dự thảo báo cáo kết quả kiểm tra"), Topics);

    [TestMethod]
    public void Findings_on_plan_topics_with_figures_are_valid()
    {
        var result = Validate(Good(new Figure("Quỹ Vì người nghèo", 1_250_000_000m, FigureUnit.Vnd), new Figure("Nhà Đại đoàn kết", 2, FigureUnit.Count)));
        Assert.IsTrue(result.IsValid);
    }

    [TestMethod]
    public void Topic_match_ignores_case_and_surrounding_spaces()
    {
        Assert.IsTrue(Validate(Good() with { Topic = "  vận động quỹ \"vì người nghèo\" " }).IsValid);
    }

    [TestMethod]
    public void Topic_not_in_the_plan_is_rejected()
    {
        var error = Validate(Good() with { Topic = "Chủ đề lạ" }).Errors.Single();
        Assert.AreEqual(ValidationCodes.FindingTopicUnknown, error.Code);
        Assert.AreEqual("findings[0].topic", error.Field);
    }

    [TestMethod]
    public void No_findings_or_no_draft_report_is_rejected()
    {
        var result = FindingsValidator.Validate(new FindingsSubmission([], " "), Topics);
        Assert.IsTrue(result.HasError(ValidationCodes.FindingsEmpty));
        Assert.IsTrue(result.HasError(ValidationCodes.FindingsDraftReportRequired));
    }

    [TestMethod]
    public void Blank_text_and_undefined_type_are_rejected()
    {
        var result = Validate(Good() with { Text = "", Type = (FindingType)9 });
        Assert.IsTrue(result.HasError(ValidationCodes.FindingTextRequired));
        Assert.IsTrue(result.HasError(ValidationCodes.FindingTypeInvalid));
    }

    [TestMethod]
    public void Negative_figures_and_fractional_counts_are_rejected_but_fractional_money_is_not()
    {
        var result = Validate(Good(new Figure("Hộ nghèo", -1, FigureUnit.Count), new Figure("Hội viên", 10.5m, FigureUnit.Members), new Figure("Quỹ", 10.5m, FigureUnit.Vnd)));
        Assert.AreEqual("findings[0].figures[0].value", result.Errors.Single(e => e.Code == ValidationCodes.FindingFigureNegative).Field);
        Assert.AreEqual("findings[0].figures[1].value", result.Errors.Single(e => e.Code == ValidationCodes.FindingFigureNotWhole).Field);
        Assert.HasCount(2, result.Errors);
    }

    [TestMethod]
    public void Figure_needs_a_label_and_a_known_unit()
    {
        var result = Validate(Good(new Figure("", 1, (FigureUnit)7)));
        Assert.IsTrue(result.HasError(ValidationCodes.FindingFigureLabelRequired));
        Assert.IsTrue(result.HasError(ValidationCodes.FindingFigureUnitInvalid));
    }

    [TestMethod]
    public void Feedback_needs_text_or_a_file()
    {
        Assert.IsTrue(FindingsValidator.ValidateFeedback(" ", hasFile: false).HasError(ValidationCodes.FeedbackEmpty));
        Assert.IsTrue(FindingsValidator.ValidateFeedback(null, hasFile: true).IsValid);
        Assert.IsTrue(FindingsValidator.ValidateFeedback("Đơn vị giải trình", hasFile: false).IsValid);
    }

    [TestMethod]
    public void Figures_are_written_as_in_official_reports()
    {
        Assert.AreEqual("Quỹ Vì người nghèo: 7.955.058.171 đồng", FigureFormatter.Format(new Figure("Quỹ Vì người nghèo", 7_955_058_171m, FigureUnit.Vnd)));
        Assert.AreEqual("Nhà Đại đoàn kết: 02", FigureFormatter.Format(new Figure("Nhà Đại đoàn kết", 2, FigureUnit.Count)));
        Assert.AreEqual("Hội viên mới: 1.250 người", FigureFormatter.Format(new Figure("Hội viên mới", 1250, FigureUnit.Members)));
    }

    [TestMethod]
    public void Finding_types_have_Vietnamese_names()
    {
        Assert.AreEqual("Hạn chế", FindingTexts.TypeName(FindingType.Limitation));
    }
}
