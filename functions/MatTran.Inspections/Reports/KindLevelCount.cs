using MatTran.Inspections.Inspections;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Reports;

/// <summary>
/// Engagements of one kind at one unit level: <paramref name="Planned"/> in the plan (merged visits not counted;
/// follow-ups are never planned), <paramref name="Done"/> closed, <paramref name="Cancelled"/>, the rest in progress.
/// </summary>
public sealed record KindLevelCount(InspectionKind Kind, UnitLevel Level, int Planned, int Done, int Cancelled, int InProgress);
