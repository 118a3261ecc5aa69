using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Findings;

/// <summary>Checks the team lead's findings against the plan's topics.</summary>
public static class FindingsValidator
{
    public static ValidationResult Validate(FindingsSubmission submission, IReadOnlyCollection<string> planTopics)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(planTopics);
        var result = new ValidationResultBuilder();
        var topics = new HashSet<string>(planTopics.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        var findings = submission.Findings ?? [];

        if (findings.Count == 0)
        {
            result.Error(ValidationCodes.FindingsEmpty, "findings", FindingTexts.FindingsEmpty);
        }

        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (!topics.Contains(finding.Topic?.Trim() ?? string.Empty))
            {
                result.Error(ValidationCodes.FindingTopicUnknown, FieldPath.Item("findings", i, "topic"), FindingTexts.TopicUnknown(finding.Topic ?? string.Empty));
            }

            if (!Enum.IsDefined(finding.Type))
            {
                result.Error(ValidationCodes.FindingTypeInvalid, FieldPath.Item("findings", i, "type"), FindingTexts.TypeInvalid);
            }

            if (string.IsNullOrWhiteSpace(finding.Text))
            {
                result.Error(ValidationCodes.FindingTextRequired, FieldPath.Item("findings", i, "text"), FindingTexts.TextRequired);
            }

            var figures = finding.Figures ?? [];
            for (int f = 0; f < figures.Count; f++)
            {
                ValidateFigure(figures[f], $"{FieldPath.Item("findings", i, "figures")}[{f}]", result);
            }
        }

        if (string.IsNullOrWhiteSpace(submission.DraftReport))
        {
            result.Error(ValidationCodes.FindingsDraftReportRequired, "draftReport", FindingTexts.DraftReportRequired);
        }

        return result.Build();
    }

    /// <summary>Feedback needs text or a file; an empty submission would stop the clock on the feedback window for nothing.</summary>
    public static ValidationResult ValidateFeedback(string? text, bool hasFile) =>
        string.IsNullOrWhiteSpace(text) && !hasFile
            ? new ValidationResultBuilder().Error(ValidationCodes.FeedbackEmpty, "text", FindingTexts.FeedbackEmpty).Build()
            : ValidationResult.Valid;

    private static void ValidateFigure(Figure figure, string field, ValidationResultBuilder result)
    {
        if (string.IsNullOrWhiteSpace(figure.Label))
        {
            result.Error(ValidationCodes.FindingFigureLabelRequired, FieldPath.Member(field, "label"), FindingTexts.FigureLabelRequired);
        }

        if (!Enum.IsDefined(figure.Unit))
        {
            result.Error(ValidationCodes.FindingFigureUnitInvalid, FieldPath.Member(field, "unit"), FindingTexts.FigureUnitInvalid);
        }

        if (figure.Value < 0)
        {
            result.Error(ValidationCodes.FindingFigureNegative, FieldPath.Member(field, "value"), FindingTexts.FigureNegative);
        }
        else if (figure.Unit is FigureUnit.Count or FigureUnit.Members && decimal.Truncate(figure.Value) != figure.Value)
        {
            result.Error(ValidationCodes.FindingFigureNotWhole, FieldPath.Member(field, "value"), FindingTexts.FigureNotWhole);
        }
    }
}
