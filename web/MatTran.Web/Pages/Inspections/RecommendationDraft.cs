namespace MatTran.Web.Pages.Inspections;

/// <summary>A recommendation of the conclusion being written: what, who, by when.</summary>
public sealed class RecommendationDraft
{
    public string Text { get; set; } = string.Empty;

    public string Responsible { get; set; } = string.Empty;

    public DateOnly? DueDate { get; set; }
}
