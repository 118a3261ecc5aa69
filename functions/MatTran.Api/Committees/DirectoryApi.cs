using MatTran.Api.Problems;
using MatTran.Inspections.Committees;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Committees;

/// <summary>
/// The staff directory of a committee (any unit that issues plans): departments and staff with name, position and
/// email. Administrators write it; every signed-in user reads it. Documents take their signer and team positions
/// from it, and staff notifications their mailboxes.
/// </summary>
public static class DirectoryApi
{
    /// <summary><c>GET /api/committees/{id}/directory</c>.</summary>
    internal static async Task<Results<Ok<DirectoryResponse>, ProblemHttpResult>> GetAsync(
        string id, UnitStore units, CommitteeDirectoryStore directories, CancellationToken cancellationToken)
    {
        if ((await units.DirectoryAsync(cancellationToken)).Find(id) is not { } committee)
        {
            return CommitteeNotFound(id);
        }

        var directory = await directories.ReadAsync(id, cancellationToken);
        return TypedResults.Ok(new DirectoryResponse(committee.Id, committee.Name, directory.Departments, directory.Staff));
    }

    /// <summary><c>PUT /api/committees/{id}/staff/{staffId}</c>: inserts or replaces one person; 200 with the person.</summary>
    internal static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> PutStaffAsync(
        string id, string staffId, StaffMemberBody body, UnitStore units, CommitteeDirectoryStore directories, CancellationToken cancellationToken)
    {
        if ((await units.DirectoryAsync(cancellationToken)).Find(id) is null)
        {
            return CommitteeNotFound(id);
        }

        var member = new StaffMember(staffId, id, body.Name?.Trim() ?? string.Empty, body.Position?.Trim() ?? string.Empty,
            Blank(body.Email), Blank(body.DepartmentId), Blank(body.UserName), body.SignsDocuments ?? false);
        var validation = DirectoryValidator.ValidateStaff(member, await directories.ReadAsync(id, cancellationToken));
        if (!validation.IsValid)
        {
            return ValidationProblems.RuleViolation(validation);
        }

        await directories.UpsertAsync(member, cancellationToken);
        return TypedResults.Ok(member);
    }

    /// <summary><c>DELETE /api/committees/{id}/staff/{staffId}</c>: 204, or 404 when the person is not listed.</summary>
    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteStaffAsync(
        string id, string staffId, CommitteeDirectoryStore directories, CancellationToken cancellationToken)
    {
        if (!DirectoryValidator.IsId(staffId) || !await directories.DeleteStaffAsync(id, staffId, cancellationToken))
        {
            return ApiProblems.NotFound(ProblemCodes.StaffNotFound, DirectoryTexts.StaffNotFound(staffId));
        }

        return TypedResults.NoContent();
    }

    /// <summary><c>PUT /api/committees/{id}/departments/{departmentId}</c>: inserts or renames one department; 200 with it.</summary>
    internal static async Task<Results<Ok<Department>, ProblemHttpResult>> PutDepartmentAsync(
        string id, string departmentId, DepartmentBody body, UnitStore units, CommitteeDirectoryStore directories, CancellationToken cancellationToken)
    {
        if ((await units.DirectoryAsync(cancellationToken)).Find(id) is null)
        {
            return CommitteeNotFound(id);
        }

        var department = new Department(departmentId, id, body.Name?.Trim() ?? string.Empty);
        var validation = DirectoryValidator.ValidateDepartment(department);
        if (!validation.IsValid)
        {
            return ValidationProblems.RuleViolation(validation);
        }

        await directories.UpsertAsync(department, cancellationToken);
        return TypedResults.Ok(department);
    }

    private static ProblemHttpResult CommitteeNotFound(string id) =>
        ApiProblems.NotFound(ProblemCodes.CommitteeNotFound, DirectoryTexts.CommitteeUnknown(id));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
