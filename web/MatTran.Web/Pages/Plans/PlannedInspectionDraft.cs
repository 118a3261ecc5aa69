using MatTran.Inspections.Inspections;

namespace MatTran.Web.Pages.Plans;

/// <summary>One inspection row of the plan editor.</summary>
public sealed class PlannedInspectionDraft
{
    public string UnitId { get; set; } = string.Empty;

    public InspectionKind Kind { get; set; } = InspectionKind.Inspection;

    public DateOnly? VisitDate { get; set; }

    public DateOnly? CoveredFrom { get; set; }

    public DateOnly? CoveredTo { get; set; }

    public string TeamLead { get; set; } = string.Empty;

    /// <summary>Comma-separated names.</summary>
    public string Members { get; set; } = string.Empty;

    /// <summary>Comma-separated unit ids.</summary>
    public string SiteVisits { get; set; } = string.Empty;
}
