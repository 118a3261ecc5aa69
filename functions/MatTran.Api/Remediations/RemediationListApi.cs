using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Api.Reports;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Remediation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Remediations;

public static class RemediationListApi
{
    /// <summary>
    /// <c>GET /api/remediations?issuerUnitId=&amp;departmentId=&amp;unitId=&amp;status=&amp;overdue=</c>: remediation items
    /// across plans, every filter optional (values passed to the table query through <c>CreateQueryFilter</c>);
    /// <c>unitId</c> matches the inspected unit or the unit an item is addressed to; <c>overdue=true</c> keeps the items
    /// past their due date without an accepted or pending report, as of each plan's today. By due date, then id.
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<RemediationListItem>>, ProblemHttpResult>> ListAsync(
        string? issuerUnitId, string? departmentId, string? unitId, string? status, bool? overdue, InspectionStore inspections, UnitStore units,
        PlanTime time, CancellationToken cancellationToken)
    {
        RemediationStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<RemediationStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.RemediationStatusInvalid, ReportTexts.StatusInvalid);
            }

            wanted = parsed;
        }

        var entries = await inspections.ListRemediationsAsync(Blank(issuerUnitId), Blank(departmentId), Blank(unitId), wanted, cancellationToken);
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
