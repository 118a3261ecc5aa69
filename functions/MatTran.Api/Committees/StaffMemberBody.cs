namespace MatTran.Api.Committees;

/// <summary>Body of <c>PUT /api/committees/{id}/staff/{staffId}</c>.</summary>
public sealed record StaffMemberBody(string? Name, string? Position, string? Email, string? DepartmentId, string? UserName, bool? SignsDocuments);
