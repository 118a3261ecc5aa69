using MatTran.Inspections.Committees;

namespace MatTran.Api.Committees;

/// <summary>A committee's directory: its departments and staff, each ordered by id.</summary>
public sealed record DirectoryResponse(string CommitteeId, string CommitteeName, IReadOnlyList<Department> Departments, IReadOnlyList<StaffMember> Staff);
