using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Committees;

/// <summary>Body of <c>PUT /api/committees/{id}/staff/{staffId}</c>.</summary>
public sealed record StaffMemberBody(
    [property: TextLimit(TextLimits.PersonName, SingleLine = true)] string? Name,
    [property: TextLimit(TextLimits.PersonName, SingleLine = true)] string? Position,
    [property: TextLimit(TextLimits.Email, SingleLine = true)] string? Email,
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? DepartmentId,
    [property: TextLimit(TextLimits.Email, SingleLine = true)] string? UserName,
    bool? SignsDocuments) : IRequestBody;
