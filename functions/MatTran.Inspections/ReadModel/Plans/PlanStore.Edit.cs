using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Inspections;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>Editing a Draft plan: its title, topics, targets and visits are replaced whole.</summary>
public sealed partial class PlanStore
{
    /// <summary>
    /// The most visits (old or new, whichever is more) an edit can replace: one transaction holds the plan row and one
    /// action per visit row, so the edit is whole or not at all. A bigger programme is edited by replacing the draft.
    /// </summary>
    public const int MaxEditableInspections = TableTransactionLimits.MaxActions - 1;

    /// <summary>
    /// Replaces a Draft plan's title, topics, targets and visits with <paramref name="plan"/> (already validated), in one
    /// entity-group transaction under <paramref name="expected"/>: rows past the new count are deleted and every visit
    /// row is rewritten (a merge is undone unless the caller sends the merged visit away). The number, year and issuer
    /// name the plan and stay as they are.
    /// </summary>
    public async Task<PlanEditOutcome> ReplaceDraftAsync(string id, AnnualPlan plan, ETag expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!PlanId.TryParse(id, out var planId))
        {
            return PlanEditOutcome.NotFound;
        }

        await EnsureTableAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<PlanEntity>(planId.PartitionKey, PlanEntity.RowKeyFor(planId), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return PlanEditOutcome.NotFound;
        }

        var row = found.Value!;
        if (row.ETag != expected)
        {
            return PlanEditOutcome.ConcurrentUpdate;
        }

        if (row.Status != PlanStatus.Draft)
        {
            return PlanEditOutcome.NotDraft;
        }

        if (NumberOf(plan) != row.Number)
        {
            return PlanEditOutcome.NumberChanged;
        }

        int oldCount = row.InspectionCount, newCount = plan.Inspections.Count;
        if (Math.Max(oldCount, newCount) > MaxEditableInspections)
        {
            return PlanEditOutcome.TooLarge;
        }

        row.Title = plan.Title.Trim();
        row.Topics = JsonSerializer.Serialize(plan.Topics.Select(t => t.Trim()));
        row.Targets = plan.Targets is { Count: > 0 } targets ? ReadModelJson.Write(targets) : null;
        row.InspectionCount = newCount;
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, row, row.ETag) };
        actions.AddRange(Enumerable.Range(0, newCount).Select(i =>
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(planId, i, plan.Inspections[i], newCount))));
        // Both counts are at most 99, so both widths are the same three digits and the rows past the new count are these.
        actions.AddRange(Enumerable.Range(newCount, Math.Max(0, oldCount - newCount)).Select(i => new TableTransactionAction(
            TableTransactionActionType.Delete, new TableEntity(planId.PartitionKey, PlannedInspectionEntity.RowKeyFor(planId, i, NumberWidth(oldCount))), ETag.All)));
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return PlanEditOutcome.Replaced;
        }
        catch (TableTransactionFailedException e) when (e.Status == 412)
        {
            return PlanEditOutcome.ConcurrentUpdate;
        }
    }
}
