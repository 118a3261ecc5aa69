using MatTran.Inspections.Units;

namespace MatTran.Api.Units;

/// <summary>One line of an import preview: the unit as it would be stored, and whether it replaces a stored one.</summary>
public sealed record UnitsImportPreviewRow(Unit Unit, bool Replaces);
