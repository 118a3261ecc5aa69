using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>The facts of one engagement that the decision, notice and conclusion all quote.</summary>
public sealed record InspectionFacts
{
    public required InspectionKind Kind { get; init; }

    /// <summary>The inspected unit as named in running text, e.g. "Ủy ban MTTQ Việt Nam xã Hạnh Sơn".</summary>
    public required string UnitName { get; init; }

    /// <summary>The annual plan this engagement belongs to.</summary>
    public required DocumentReference Plan { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required DateOnly CoveredFrom { get; init; }

    public required DateOnly CoveredTo { get; init; }

    public required DateOnly VisitDate { get; init; }

    /// <summary>Where the team works with the unit, e.g. "trụ sở Ủy ban MTTQ Việt Nam xã Hạnh Sơn".</summary>
    public required string VisitPlace { get; init; }

    public required IReadOnlyList<TeamMemberLine> Team { get; init; }
}
