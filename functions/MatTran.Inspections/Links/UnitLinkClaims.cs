namespace MatTran.Inspections.Links;

/// <summary>What a signed link grants: one unit, optionally one inspection, one purpose, until a moment.</summary>
public sealed record UnitLinkClaims(string UnitId, string? InspectionId, DateTimeOffset ExpiresAt, UnitLinkPurpose Purpose);
