using MatTran.Api.Plans;
using MatTran.Inspections.Inspections;

namespace MatTran.Web.Pages.Plans;

/// <summary>The plan editor's form: what the planner types, turned into the API's <see cref="CreatePlanRequest"/>.</summary>
public sealed class PlanDraft
{
    public string Number { get; set; } = string.Empty;

    public int Year { get; set; } = DateTime.Today.Year + 1;

    public string IssuerUnitId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>One topic a line.</summary>
    public string Topics { get; set; } = string.Empty;

    public List<PlannedInspectionDraft> Inspections { get; } = [new()];

    public CreatePlanRequest ToRequest() => new(
        Number,
        Year,
        IssuerUnitId,
        Title,
        Lines(Topics),
        [.. Inspections.Select(i => new PlannedInspectionRequest(
            string.IsNullOrEmpty(i.UnitId) ? null : i.UnitId,
            i.Kind,
            i.VisitDate,
            i.CoveredFrom is { } from && i.CoveredTo is { } to ? new CoveredPeriodRequest(from, to) : null,
            i.TeamLead,
            List(i.Members),
            List(i.SiteVisits)))]);

    private static string[] Lines(string text) => [.. text.ReplaceLineEndings("\n").Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)];

    private static string[] List(string text) => [.. text.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
