using Azure;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>A plan as stored, with its inspections in plan order and the plan row's ETag for conditional updates.</summary>
/// <param name="LaunchedBy">Who launched it (the annual plan orchestration then runs); null before launch.</param>
/// <param name="YearEndSummary">Tổng kết năm, stored when the plan completes.</param>
/// <param name="Clock">The clock the plan was launched on (real time or a rehearsal); null before launch.</param>
public sealed record StoredPlan(
    string Id,
    string Number,
    int Year,
    string IssuerUnitId,
    string Title,
    IReadOnlyList<string> Topics,
    PlanStatus Status,
    IReadOnlyList<StoredInspection> Inspections,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    ETag ETag,
    string? LaunchedBy = null,
    DateTimeOffset? LaunchedAt = null,
    PlanYearEndSummary? YearEndSummary = null,
    PlanClock? Clock = null,
    IReadOnlyList<PlanTarget>? Targets = null)
{
    /// <summary>The visits that will run: those not merged into another.</summary>
    public IReadOnlyList<StoredInspection> Active => [.. Inspections.Where(i => i.MergedInto is null)];

    /// <summary>The topics of one visit: its own after a merge, else the plan's.</summary>
    public IReadOnlyList<string> TopicsOf(string inspectionId) =>
        Inspections.FirstOrDefault(i => i.Id == inspectionId)?.Planned.Topics is { Count: > 0 } own ? own : Topics;
}
