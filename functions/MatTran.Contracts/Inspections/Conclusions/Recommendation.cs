namespace MatTran.Inspections.Conclusions;

/// <summary>
/// Kiến nghị: what must be fixed, who answers for it, and by when. Each becomes a remediation item. It is addressed to
/// a unit (<paramref name="UnitId"/>, usually the inspected one) or to a department of the issuing committee
/// (<paramref name="DepartmentId"/>, e.g. Ban Dân chủ - Pháp luật), or only named in <paramref name="Responsible"/>;
/// <paramref name="Responsible"/> is always the name printed in "Trách nhiệm thực hiện", never an id.
/// </summary>
/// <param name="OwnerStaffId">The committee's staff member who follows the item up (directory id).</param>
public sealed record Recommendation(
    string Text, string Responsible, DateOnly DueDate, string? UnitId = null, string? DepartmentId = null, string? OwnerStaffId = null);
