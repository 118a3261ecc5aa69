using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Units;

/// <summary>Units read from a CSV import. When <see cref="Validation"/> has errors nothing should be stored.</summary>
public sealed record UnitsCsvResult(IReadOnlyList<Unit> Units, ValidationResult Validation);
