using MatTran.Inspections.Findings;

namespace MatTran.Web.Pages.Inspections;

/// <summary>A figure of a finding (a count, members, or an amount in VND).</summary>
public sealed class FigureDraft
{
    public string Label { get; set; } = string.Empty;

    public decimal? Value { get; set; }

    public FigureUnit Unit { get; set; } = FigureUnit.Vnd;
}
