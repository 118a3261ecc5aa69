namespace MatTran.Inspections.Committees;

/// <summary>
/// A person of a committee's office (cán bộ cơ quan Ủy ban MTTQ): who signs its documents, leads its teams and is
/// emailed about its inspections. Documents print <see cref="Name"/> and <see cref="Position"/>, never a login name.
/// </summary>
/// <param name="Id">Stable id within the committee, e.g. "pham-van-a".</param>
/// <param name="Position">As printed, e.g. "Phó Chủ tịch" or "Trưởng Ban Dân chủ - Pháp luật".</param>
/// <param name="DepartmentId">The department (ban) the person works in; null for the standing board.</param>
/// <param name="UserName">The sign-in name (Entra ID user or the Development demo user) this person signs in with.</param>
/// <param name="SignsDocuments">Signs the committee's documents for the standing board (TM. Ban Thường trực).</param>
public sealed record StaffMember(
    string Id,
    string CommitteeId,
    string Name,
    string Position,
    string? Email,
    string? DepartmentId,
    string? UserName,
    bool SignsDocuments);
