using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// The <c>summary</c> row of an inspection's partition: what lists show plus everything a step needs to decide.
/// Dates are ISO strings (yyyy-MM-dd); lists and records are JSON. Every change replaces it under its ETag and bumps
/// <see cref="Version"/>, so concurrent steps never lose each other's writes.
/// </summary>
internal sealed class InspectionSummaryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = InspectionRowKeys.Summary;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Id { get; set; } = string.Empty;

    public string PlanId { get; set; } = string.Empty;

    public string UnitId { get; set; } = string.Empty;

    public InspectionKind Kind { get; set; }

    public InspectionStage Stage { get; set; }

    public string VisitDate { get; set; } = string.Empty;

    public string CoveredFrom { get; set; } = string.Empty;

    public string CoveredTo { get; set; } = string.Empty;

    public string TeamLead { get; set; } = string.Empty;

    public string Members { get; set; } = "[]";

    public string SiteVisits { get; set; } = "[]";

    public string? ParentInspectionId { get; set; }

    /// <summary>InspectionSchedule JSON.</summary>
    public string? Schedule { get; set; }

    /// <summary>WindowSchedule JSON of the latest draft's feedback window.</summary>
    public string? FeedbackWindow { get; set; }

    /// <summary>WindowSchedule JSON of the latest submission's approval window.</summary>
    public string? ApprovalWindow { get; set; }

    /// <summary>ConclusionView JSON of the latest submitted conclusion, stored over <c>Conclusion1</c>…<c>Conclusion8</c> (see <see cref="TextChunks"/>).</summary>
    [IgnoreDataMember]
    public string? Conclusion
    {
        get => TextChunks.Join(Conclusion1, Conclusion2, Conclusion3, Conclusion4, Conclusion5, Conclusion6, Conclusion7, Conclusion8);
        set
        {
            var parts = TextChunks.Split(value, 8);
            (Conclusion1, Conclusion2, Conclusion3, Conclusion4) = (parts[0], parts[1], parts[2], parts[3]);
            (Conclusion5, Conclusion6, Conclusion7, Conclusion8) = (parts[4], parts[5], parts[6], parts[7]);
        }
    }

    public string? Conclusion1 { get; set; }

    public string? Conclusion2 { get; set; }

    public string? Conclusion3 { get; set; }

    public string? Conclusion4 { get; set; }

    public string? Conclusion5 { get; set; }

    public string? Conclusion6 { get; set; }

    public string? Conclusion7 { get; set; }

    public string? Conclusion8 { get; set; }

    public int LatestRevision { get; set; }

    public string? DecisionNumber { get; set; }

    /// <summary>yyyy-MM-dd: the team decision's date, cited by the conclusion notice.</summary>
    public string? DecisionDate { get; set; }

    public string? NoticeNumber { get; set; }

    public Rating? Rating { get; set; }

    public string? FollowUpInspectionId { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>Business time of the last change: the step's plan time.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Wall-clock time of the last write; against <see cref="UpdatedAt"/> it shows how late a step ran.</summary>
    public DateTimeOffset WrittenAt { get; set; }

    /// <summary>How many changes have been applied; each change is one increment under the ETag.</summary>
    public int Version { get; set; }
}
