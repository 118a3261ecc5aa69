using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Conclusions;

[TestClass]
public sealed class ConclusionValidatorTests
{
    private static readonly DateOnly Today = new(2023, 7, 10);

    private static Conclusion Conclusion(params Recommendation[] recommendations) =>
        new("Ban Thường trực Ủy ban MTTQ huyện đã thực hiện tốt…", Rating.Tot, recommendations, FollowUp: false);

    [TestMethod]
    public void Conclusion_with_future_due_dates_is_valid()
    {
        Assert.IsTrue(ConclusionValidator.Validate(Conclusion(new Recommendation("Kiện toàn Ban Thanh tra nhân dân", "Ban Thường trực MTTQ huyện", Today.AddDays(30))), Today).IsValid);
    }

    [TestMethod]
    public void Conclusion_without_recommendations_is_valid()
    {
        Assert.IsTrue(ConclusionValidator.Validate(Conclusion(), Today).IsValid);
    }

    [TestMethod]
    public void Due_date_on_or_before_the_conclusion_date_is_rejected()
    {
        var result = ConclusionValidator.Validate(Conclusion(new Recommendation("A", "B", Today.AddDays(1)), new Recommendation("C", "D", Today)), Today);
        var error = result.Errors.Single();
        Assert.AreEqual(ValidationCodes.ConclusionRecommendationDueDatePast, error.Code);
        Assert.AreEqual("recommendations[1].dueDate", error.Field);
        StringAssert.Contains(error.Message, "10/07/2023");
    }

    [TestMethod]
    public void Text_responsible_party_and_rating_are_required()
    {
        var result = ConclusionValidator.Validate(Conclusion(new Recommendation("", " ", Today.AddDays(5))) with { Text = "", Rating = (Rating)99 }, Today);
        CollectionAssert.AreEquivalent(
            new[] { ValidationCodes.ConclusionTextRequired, ValidationCodes.ConclusionRatingInvalid, ValidationCodes.ConclusionRecommendationTextRequired, ValidationCodes.ConclusionRecommendationResponsibleRequired },
            result.Errors.Select(e => e.Code).ToArray());
    }

    [TestMethod]
    public void Returning_a_conclusion_needs_a_comment()
    {
        Assert.IsTrue(ConclusionValidator.ValidateReturn("").HasError(ValidationCodes.ConclusionReturnCommentRequired));
        Assert.IsTrue(ConclusionValidator.ValidateReturn("Bổ sung số liệu quỹ").IsValid);
    }
}
