using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Committees;

/// <summary>Body of <c>PUT /api/committees/{id}/departments/{departmentId}</c>.</summary>
public sealed record DepartmentBody([property: TextLimit(TextLimits.UnitName, SingleLine = true)] string? Name) : IRequestBody;
