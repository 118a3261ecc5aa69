using MatTran.Inspections.Inspections;

namespace MatTran.Inspections.Reports;

/// <summary>The figures of a plan's or a year's record (docs/api.md, § Reports): what each count means is said on its type.</summary>
/// <param name="AsOf">The day overdue items are counted on (Vietnam date; plan time for a rehearsal).</param>
/// <param name="Stages">Engagements (follow-ups included) by current stage.</param>
public sealed record ReportFigures(
    DateOnly AsOf,
    IReadOnlyList<KindLevelCount> PlannedVsDone,
    IReadOnlyDictionary<InspectionStage, int> Stages,
    IReadOnlyList<OverdueItem> Overdue,
    IReadOnlyList<TopicFindings> FindingsByTopic,
    RecommendationFigures Recommendations,
    RatingFigures Ratings,
    IReadOnlyList<TargetProgress> Targets);
