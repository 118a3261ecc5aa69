using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Api.Reports;
using MatTran.Inspections.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Remediations;

public static class RemediationListApi
{
    /// <summary>
    /// <c>GET /api/remediations?issuerUnitId=&amp;departmentId=&amp;unitId=&amp;status=&amp;overdue=</c>: remediation items
    /// across plans, every filter optional (values passed to the table query through <c>CreateQueryFilter</c>);
    /// <c>unitId</c> matches the inspected unit or the unit an item is addressed to; <c>overdue=true</c> keeps the items
    /// past their due date without an accepted or pending report, as of each plan's today. By due date, then id. An id
    /// filter that cannot be an id is 400 <c>remediation.filter.invalid</c>, a status that is not a name 400
    /// <c>remediation.status.invalid</c>.
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<RemediationListItem>>, ProblemHttpResult>> ListAsync(
        string? issuerUnitId, string? departmentId, string? unitId, string? status, bool? overdue, InspectionStore inspections, UnitStore units,
        PlanTime time, CancellationToken cancellationToken)
    {
        if (Filters(issuerUnitId, departmentId, unitId) is { IsValid: false } unreadable)
        {
            return ValidationProblems.Malformed(unreadable);
        }

        RemediationStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            // Names only, as everywhere in the API: Enum.TryParse would also take "1" or " Open".
            if (!Enum.GetNames<RemediationStatus>().Contains(status, StringComparer.Ordinal))
            {
                return ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.RemediationStatusInvalid, ReportTexts.StatusInvalid);
            }

            wanted = Enum.Parse<RemediationStatus>(status);
        }

        var entries = await inspections.ListRemediationsAsync(Given(issuerUnitId), Given(departmentId), Given(unitId), wanted, cancellationToken);
        var tree = await units.DirectoryAsync(cancellationToken);
        var today = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var items = new List<RemediationListItem>(entries.Count);
        foreach (var entry in entries)
        {
            if (!today.TryGetValue(entry.PlanId, out var day))
            {
                today[entry.PlanId] = day = await time.TodayAsync(entry.PlanId, cancellationToken);
            }

            bool late = entry.Item.IsOverdueOn(day);
            if (overdue is { } only && only != late)
            {
                continue;
            }

            items.Add(new RemediationListItem(entry.Item, entry.PlanId, entry.IssuerUnitId, entry.InspectedUnitId,
                tree.Find(entry.InspectedUnitId)?.Name ?? entry.InspectedUnitId, late));
        }

        return TypedResults.Ok<IReadOnlyList<RemediationListItem>>(items);
    }

    /// <summary>
    /// The id filters are ids or nothing: a value that no unit or department id can be (quotes, spaces, OData words,
    /// control characters, over 64 characters) is refused as unreadable (400) rather than quietly matching no row, so a
    /// caller probing the query learns that it was refused, and nothing else.
    /// </summary>
    private static ValidationResult Filters(string? issuerUnitId, string? departmentId, string? unitId)
    {
        var result = new ValidationResultBuilder();
        if (Given(issuerUnitId) is { } issuer && !UnitIds.IsValid(issuer))
        {
            result.Error(ValidationCodes.RemediationFilterInvalid, "issuerUnitId", ReportTexts.UnitFilterInvalid);
        }

        if (Given(departmentId) is { } department && !DirectoryValidator.IsId(department))
        {
            result.Error(ValidationCodes.RemediationFilterInvalid, "departmentId", ReportTexts.DepartmentFilterInvalid);
        }

        if (Given(unitId) is { } unit && !UnitIds.IsValid(unit))
        {
            result.Error(ValidationCodes.RemediationFilterInvalid, "unitId", ReportTexts.UnitFilterInvalid);
        }

        return result.Build();
    }

    /// <summary>An absent or empty parameter filters nothing; any other value is taken exactly as sent.</summary>
    private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
