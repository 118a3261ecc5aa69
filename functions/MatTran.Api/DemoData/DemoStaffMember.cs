namespace MatTran.Api.DemoData;

public sealed record DemoStaffMember(
    string Id, string Name, string Position, string? Email, string? DepartmentId, string? UserName, bool SignsDocuments);
