using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Plans;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>The plan's own row, <c>plan|{planId}</c> in the issuer-and-year partition. Topics are a JSON array.</summary>
internal sealed class PlanEntity : ITableEntity
{
    public const string RowKeyPrefix = "plan|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Id { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public int Year { get; set; }

    public string IssuerUnitId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Topics { get; set; } = "[]";

    /// <summary>The programme's targets as a JSON array of <c>PlanTarget</c>; null for a plan without any.</summary>
    public string? Targets { get; set; }

    public PlanStatus Status { get; set; }

    public int InspectionCount { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? LaunchedBy { get; set; }

    public DateTimeOffset? LaunchedAt { get; set; }

    /// <summary>The <c>PlanYearEndSummary</c> as JSON, once the plan has completed.</summary>
    public string? YearEndSummary { get; set; }

    /// <summary>The plan's <c>PlanClock</c> as JSON, from its launch (real time or a rehearsal).</summary>
    public string? Clock { get; set; }

    public static string RowKeyFor(PlanId id) => RowKeyPrefix + id;
}
