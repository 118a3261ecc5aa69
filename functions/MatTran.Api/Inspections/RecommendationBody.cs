namespace MatTran.Api.Inspections;

/// <summary>
/// One recommendation: addressed to a unit (<c>unitId</c>) or a department of the issuing committee
/// (<c>departmentId</c>), or named in <c>responsible</c>; <c>ownerStaffId</c> is who follows it up.
/// </summary>
public sealed record RecommendationBody(
    string? Text, string? Responsible, DateOnly? DueDate, string? UnitId = null, string? DepartmentId = null, string? OwnerStaffId = null);
