using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Conclusions;

/// <summary>Checks a conclusion submitted for approval and a supervisor's return.</summary>
public static class ConclusionValidator
{
    /// <param name="conclusionDate">The day the conclusion is submitted (today, from the clock); due dates must be later.</param>
    public static ValidationResult Validate(Conclusion conclusion, DateOnly conclusionDate)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        var result = new ValidationResultBuilder();

        if (string.IsNullOrWhiteSpace(conclusion.Text))
        {
            result.Error(ValidationCodes.ConclusionTextRequired, "text", ConclusionTexts.TextRequired);
        }

        if (!Enum.IsDefined(conclusion.Rating))
        {
            result.Error(ValidationCodes.ConclusionRatingInvalid, "rating", ConclusionTexts.RatingInvalid);
        }

        var recommendations = conclusion.Recommendations ?? [];
        for (int i = 0; i < recommendations.Count; i++)
        {
            var recommendation = recommendations[i];
            if (string.IsNullOrWhiteSpace(recommendation.Text))
            {
                result.Error(ValidationCodes.ConclusionRecommendationTextRequired, FieldPath.Item("recommendations", i, "text"), ConclusionTexts.RecommendationTextRequired);
            }

            if (string.IsNullOrWhiteSpace(recommendation.Responsible))
            {
                result.Error(ValidationCodes.ConclusionRecommendationResponsibleRequired, FieldPath.Item("recommendations", i, "responsible"), ConclusionTexts.RecommendationResponsibleRequired);
            }

            if (recommendation.DueDate <= conclusionDate)
            {
                result.Error(ValidationCodes.ConclusionRecommendationDueDatePast, FieldPath.Item("recommendations", i, "dueDate"), ConclusionTexts.RecommendationDueDatePast(conclusionDate));
            }
        }

        return result.Build();
    }

    public static ValidationResult ValidateReturn(string? comment) =>
        string.IsNullOrWhiteSpace(comment)
            ? new ValidationResultBuilder().Error(ValidationCodes.ConclusionReturnCommentRequired, "comment", ConclusionTexts.ReturnCommentRequired).Build()
            : ValidationResult.Valid;
}
