namespace MatTran.Api.Committees;

/// <summary>Body of <c>PUT /api/committees/{id}/departments/{departmentId}</c>.</summary>
public sealed record DepartmentBody(string? Name);
