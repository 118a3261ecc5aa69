using MatTran.Inspections.Findings;

namespace MatTran.Web.Pages.Inspections;

/// <summary>One finding being written by the team lead: topic, kind, text and its figures.</summary>
public sealed class FindingDraft
{
    public string Topic { get; set; } = string.Empty;

    public FindingType Type { get; set; } = FindingType.Achievement;

    public string Text { get; set; } = string.Empty;

    public List<FigureDraft> Figures { get; } = [];
}
