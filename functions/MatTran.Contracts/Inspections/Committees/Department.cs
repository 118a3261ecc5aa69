namespace MatTran.Inspections.Committees;

/// <summary>
/// A department (ban, văn phòng) of a committee's office, e.g. "Ban Dân chủ - Pháp luật": recommendations may be
/// addressed to it and are then tracked there.
/// </summary>
public sealed record Department(string Id, string CommitteeId, string Name);
