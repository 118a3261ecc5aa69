using MatTran.Api.Committees;
using MatTran.Inspections.Committees;

namespace MatTran.Web.Pages.Admin;

/// <summary>The staff form's fields: a new person, or a copy of one being edited (the id then stays).</summary>
public sealed class StaffDraft
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Position { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string DepartmentId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public bool SignsDocuments { get; set; }

    /// <summary>True while editing someone already in the directory.</summary>
    public bool Existing { get; init; }

    public static StaffDraft From(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new StaffDraft
        {
            Id = member.Id,
            Name = member.Name,
            Position = member.Position,
            Email = member.Email ?? string.Empty,
            DepartmentId = member.DepartmentId ?? string.Empty,
            UserName = member.UserName ?? string.Empty,
            SignsDocuments = member.SignsDocuments,
            Existing = true,
        };
    }

    /// <summary>The PUT body: empty optional fields are left out rather than sent as empty text.</summary>
    public StaffMemberBody ToBody() => new(Name, Position, Blank(Email), Blank(DepartmentId), Blank(UserName), SignsDocuments);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
