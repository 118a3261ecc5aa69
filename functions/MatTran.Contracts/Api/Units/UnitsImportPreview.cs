namespace MatTran.Api.Units;

/// <summary>
/// <c>POST /api/units/import?dryRun=true</c>: the units the file would store, in file order, with whether each replaces
/// a stored unit — nothing is written.
/// </summary>
public sealed record UnitsImportPreview(int Count, IReadOnlyList<UnitsImportPreviewRow> Units);
