namespace MatTran.Api.DemoData;

/// <summary>The sample committee's departments and staff (fictional people), as embedded in <c>DemoData/directory.json</c>.</summary>
public sealed record DemoDirectory(string CommitteeId, IReadOnlyList<DemoDepartment> Departments, IReadOnlyList<DemoStaffMember> Staff);
