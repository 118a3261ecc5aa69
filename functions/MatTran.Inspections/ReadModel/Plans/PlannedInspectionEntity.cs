using System.Globalization;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>
/// One planned inspection as its own row <c>inspection|{planId}|{index}</c> beside the plan, so a long plan never
/// approaches the 64 KB entity limit. The index counts from 0, zero-padded to the plan's width
/// (<see cref="PlanStore.NumberWidth"/>), so the partition's key order is the plan order. Dates are ISO strings
/// (yyyy-MM-dd); members and site visits JSON arrays.
/// </summary>
internal sealed class PlannedInspectionEntity : ITableEntity
{
    public const string RowKeyPrefix = "inspection|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Id { get; set; } = string.Empty;

    public string PlanId { get; set; } = string.Empty;

    public int Index { get; set; }

    public string UnitId { get; set; } = string.Empty;

    public InspectionKind Kind { get; set; }

    public string VisitDate { get; set; } = string.Empty;

    public string CoveredFrom { get; set; } = string.Empty;

    public string CoveredTo { get; set; } = string.Empty;

    public string TeamLead { get; set; } = string.Empty;

    public string Members { get; set; } = "[]";

    public string SiteVisits { get; set; } = "[]";

    /// <summary>The visit's own topics (JSON array) when they differ from the plan's; null otherwise.</summary>
    public string? Topics { get; set; }

    /// <summary>Set when the visit was merged into another planned visit (lồng ghép): that visit's inspection id.</summary>
    public string? MergedInto { get; set; }

    public InspectionStage Stage { get; set; }

    public static string RowKeyPrefixFor(PlanId planId) => RowKeyPrefix + planId + "|";

    public static string RowKeyFor(PlanId planId, int index, int width) =>
        RowKeyPrefixFor(planId) + index.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
