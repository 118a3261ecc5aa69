namespace MatTran.Api.Maintenance;

/// <summary>How long finished orchestrations keep their durable history (section <c>HistoryPurge</c>).</summary>
public sealed class HistoryPurgeOptions
{
    public const string SectionName = "HistoryPurge";

    /// <summary>
    /// Days after an orchestration finished before its history and instance row are purged. The read model keeps
    /// everything users see (plans, inspections, documents, audit), so history is only needed to diagnose recent runs.
    /// </summary>
    public int RetentionDays { get; set; } = 90;
}
