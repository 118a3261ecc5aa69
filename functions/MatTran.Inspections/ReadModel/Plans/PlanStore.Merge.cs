using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Plans;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>Lồng ghép: two planned visits of a Draft plan become one.</summary>
public sealed partial class PlanStore
{
    /// <summary>
    /// Marks <paramref name="mergedId"/> as merged into <paramref name="intoId"/> and stores the kept visit as
    /// <paramref name="combine"/> makes it (null: the two cannot be merged). One entity-group transaction writes the
    /// plan row under <paramref name="expected"/> (so the plan's ETag changes and a stale caller is refused) and both
    /// visit rows under theirs: the merge is whole or not at all, and a concurrent change answers
    /// <see cref="PlanMergeOutcome.ConcurrentUpdate"/>.
    /// </summary>
    public async Task<PlanMergeOutcome> MergeAsync(
        string id, string intoId, string mergedId, ETag expected,
        Func<PlannedInspection, PlannedInspection, IReadOnlyList<string>, PlannedInspection?> combine,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(combine);
        if (!PlanId.TryParse(id, out var planId))
        {
            return PlanMergeOutcome.NotFound;
        }

        await EnsureTableAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<PlanEntity>(planId.PartitionKey, PlanEntity.RowKeyFor(planId), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return PlanMergeOutcome.NotFound;
        }

        var plan = found.Value!;
        if (plan.ETag != expected)
        {
            return PlanMergeOutcome.ConcurrentUpdate;
        }

        if (plan.Status != PlanStatus.Draft)
        {
            return PlanMergeOutcome.NotDraft;
        }

        if (intoId == mergedId)
        {
            return PlanMergeOutcome.SameVisit;
        }

        if (await FindVisitRowAsync(planId, plan.InspectionCount, intoId, cancellationToken) is not { } into
            || await FindVisitRowAsync(planId, plan.InspectionCount, mergedId, cancellationToken) is not { } merged)
        {
            return PlanMergeOutcome.VisitNotFound;
        }

        if (into.MergedInto is not null || merged.MergedInto is not null)
        {
            return PlanMergeOutcome.AlreadyMerged;
        }

        var topics = JsonSerializer.Deserialize<string[]>(plan.Topics) ?? [];
        if (combine(ToStored(into).Planned, ToStored(merged).Planned, topics) is not { } kept)
        {
            return PlanMergeOutcome.UnitsUnrelated;
        }

        into.Members = JsonSerializer.Serialize(kept.Members);
        into.SiteVisits = JsonSerializer.Serialize(kept.SiteVisits);
        into.Topics = kept.Topics is { Count: > 0 } own ? JsonSerializer.Serialize(own) : null;
        merged.MergedInto = into.Id;
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, plan, plan.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, into, into.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, merged, merged.ETag),
                ],
                cancellationToken);
            return PlanMergeOutcome.Merged;
        }
        catch (TableTransactionFailedException e) when (e.Status == 412)
        {
            return PlanMergeOutcome.ConcurrentUpdate;
        }
    }

    /// <summary>The row of inspection id "{planId}.{n}" (n from 1, padded to the plan's width), or null.</summary>
    private async Task<PlannedInspectionEntity?> FindVisitRowAsync(PlanId planId, int count, string inspectionId, CancellationToken cancellationToken)
    {
        string prefix = planId + ".";
        if (!inspectionId.StartsWith(prefix, StringComparison.Ordinal)
            || !int.TryParse(inspectionId.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            || number < 1 || number > count || InspectionId(planId, number - 1, count) != inspectionId)
        {
            return null;
        }

        var row = await table.GetEntityIfExistsAsync<PlannedInspectionEntity>(
            planId.PartitionKey, PlannedInspectionEntity.RowKeyFor(planId, number - 1, NumberWidth(count)), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }
}
