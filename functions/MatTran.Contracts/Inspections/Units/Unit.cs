namespace MatTran.Inspections.Units;

/// <summary>A Front committee, residential-area board or member organisation that can plan or be inspected.</summary>
/// <param name="Id">Stable short id, e.g. "cb-hoaan".</param>
/// <param name="Name">Official name, e.g. "Ủy ban MTTQ Việt Nam huyện Hòa An".</param>
/// <param name="ParentId">The unit it reports to; null at the top of the imported tree.</param>
/// <param name="Email">Where notices and reminders go; null when the unit has no mailbox (typical for residential areas).</param>
public sealed record Unit(string Id, string Name, UnitLevel Level, string? ParentId, string? Email);
