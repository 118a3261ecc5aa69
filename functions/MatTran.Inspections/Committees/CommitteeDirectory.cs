using System.Text;

namespace MatTran.Inspections.Committees;

/// <summary>
/// One committee's departments and staff, with the questions documents and emails ask of them: who signs, who a team
/// line names, where a department's or a person's mail goes.
/// </summary>
public sealed class CommitteeDirectory
{
    public CommitteeDirectory(string committeeId, IEnumerable<Department> departments, IEnumerable<StaffMember> staff)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(staff);
        CommitteeId = committeeId;
        Departments = [.. departments.OrderBy(d => d.Id, StringComparer.Ordinal)];
        Staff = [.. staff.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    public static CommitteeDirectory Empty(string committeeId) => new(committeeId, [], []);

    public string CommitteeId { get; }

    public IReadOnlyList<Department> Departments { get; }

    public IReadOnlyList<StaffMember> Staff { get; }

    public Department? Department(string? id) => id is null ? null : Departments.FirstOrDefault(d => d.Id == id);

    public StaffMember? Member(string? id) => id is null ? null : Staff.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// Who signs for the standing board: the approver when the directory knows their sign-in name and lets them sign,
    /// else the first designated signer; null when nobody is designated (the block then leaves the name for the pen).
    /// </summary>
    public StaffMember? Signer(string? approverUserName)
    {
        var signers = Staff.Where(s => s.SignsDocuments).ToList();
        return signers.FirstOrDefault(s => SameText(s.UserName, approverUserName) || SameText(s.Email, approverUserName))
            ?? signers.FirstOrDefault();
    }

    /// <summary>
    /// The staff member a plan's team line names: by id, sign-in name, email or full name (case and Unicode form
    /// ignored), so "Nguyễn Thị Lan" typed in a plan finds her position and mailbox.
    /// </summary>
    public StaffMember? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string value = text.Trim();
        return Staff.FirstOrDefault(s => s.Id == value)
            ?? Staff.FirstOrDefault(s => SameText(s.UserName, value) || SameText(s.Email, value) || SameText(s.Name, value));
    }

    /// <summary>
    /// Whether a plan's team line (its first name is the lead, as the team decision prints it) names the staff member
    /// who signs in as <paramref name="signInName"/> (their sign-in name or email). A line naming nobody in the
    /// directory leads nobody's inbox: free text is never matched to a sign-in by guesswork.
    /// </summary>
    public bool Leads(string? teamLine, string? signInName) =>
        Find(teamLine?.Split(',')[0]) is { } lead && (SameText(lead.UserName, signInName) || SameText(lead.Email, signInName));

    private static bool SameText(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) &&
        string.Equals(a.Trim().Normalize(NormalizationForm.FormC), b.Trim().Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
