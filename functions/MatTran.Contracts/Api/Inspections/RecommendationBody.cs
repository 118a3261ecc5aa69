using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>
/// One recommendation: addressed to a unit (<c>unitId</c>) or a department of the issuing committee
/// (<c>departmentId</c>), or named in <c>responsible</c>; <c>ownerStaffId</c> is who follows it up.
/// </summary>
public sealed record RecommendationBody(
    [property: TextLimit(TextLimits.RecommendationText)] string? Text,
    [property: TextLimit(TextLimits.Responsible, SingleLine = true)] string? Responsible,
    DateOnly? DueDate,
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? UnitId = null,
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? DepartmentId = null,
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? OwnerStaffId = null);
