using Azure;
using MatTran.Inspections.Plans;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>A plan as stored, with its inspections in plan order and the plan row's ETag for conditional updates.</summary>
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
    ETag ETag);
