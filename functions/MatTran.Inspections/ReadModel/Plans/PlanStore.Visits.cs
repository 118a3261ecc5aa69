using Azure.Data.Tables;
using MatTran.Inspections.Plans.Overlaps;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>Planned visits across every plan of every issuer, for the overlap check (lồng ghép).</summary>
public sealed partial class PlanStore
{
    /// <summary>
    /// The visits of all plans dated <paramref name="from"/>–<paramref name="to"/> (inclusive), merged ones left out.
    /// Visit dates are ISO strings, so the date range is a server-side filter; rows of a plan without its plan row (a
    /// creation that never finished, see the class comment) are left out as every other reader does.
    /// </summary>
    public async Task<IReadOnlyList<PlannedVisit>> ListVisitsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        string planFilter = TableClient.CreateQueryFilter($"RowKey ge {PlanEntity.RowKeyPrefix} and RowKey lt {"plan}"}");
        await foreach (var plan in table.QueryAsync<PlanEntity>(planFilter, select: [nameof(PlanEntity.Id), nameof(PlanEntity.Number)], cancellationToken: cancellationToken))
        {
            numbers[plan.Id] = plan.Number;
        }

        string filter = TableClient.CreateQueryFilter(
            $"RowKey ge {PlannedInspectionEntity.RowKeyPrefix} and RowKey lt {"inspection}"} and VisitDate ge {Format(from)} and VisitDate le {Format(to)}");
        var visits = new List<PlannedVisit>();
        await foreach (var entity in table.QueryAsync<PlannedInspectionEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.MergedInto is null && numbers.TryGetValue(entity.PlanId, out var number))
            {
                visits.Add(new PlannedVisit(entity.PlanId, number, entity.Id, ToStored(entity).Planned));
            }
        }

        return visits;
    }
}
