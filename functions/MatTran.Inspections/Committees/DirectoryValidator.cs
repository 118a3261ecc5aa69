using System.Net.Mail;
using System.Text.RegularExpressions;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Committees;

/// <summary>Checks a staff member or a department before it is stored in a committee's directory.</summary>
public static partial class DirectoryValidator
{
    public static ValidationResult ValidateStaff(StaffMember member, CommitteeDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(directory);
        var result = new ValidationResultBuilder();
        if (!IsId(member.Id))
        {
            result.Error(ValidationCodes.StaffIdInvalid, "id", DirectoryTexts.IdInvalid);
        }

        if (string.IsNullOrWhiteSpace(member.Name))
        {
            result.Error(ValidationCodes.StaffNameRequired, "name", DirectoryTexts.NameRequired);
        }

        if (string.IsNullOrWhiteSpace(member.Position))
        {
            result.Error(ValidationCodes.StaffPositionRequired, "position", DirectoryTexts.PositionRequired);
        }

        if (!string.IsNullOrWhiteSpace(member.Email) && !MailAddress.TryCreate(member.Email.Trim(), out _))
        {
            result.Error(ValidationCodes.StaffEmailInvalid, "email", DirectoryTexts.EmailInvalid);
        }

        if (member.DepartmentId is { } department && directory.Department(department) is null)
        {
            result.Error(ValidationCodes.StaffDepartmentUnknown, "departmentId", DirectoryTexts.DepartmentUnknown(department));
        }

        return result.Build();
    }

    public static ValidationResult ValidateDepartment(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        var result = new ValidationResultBuilder();
        if (!IsId(department.Id))
        {
            result.Error(ValidationCodes.DepartmentIdInvalid, "id", DirectoryTexts.IdInvalid);
        }

        if (string.IsNullOrWhiteSpace(department.Name))
        {
            result.Error(ValidationCodes.DepartmentNameRequired, "name", DirectoryTexts.DepartmentNameRequired);
        }

        return result.Build();
    }

    /// <summary>Ids are URL path segments and table keys: lower-case ASCII letters, digits and inner dashes.</summary>
    public static bool IsId(string? id) => id is { Length: > 0 and <= 64 } && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
