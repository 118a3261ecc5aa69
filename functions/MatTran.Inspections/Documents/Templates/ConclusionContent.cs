namespace MatTran.Inspections.Documents.Templates;

/// <summary>What the conclusion notice reports, findings already sorted into achievements, limitations and causes.</summary>
public sealed record ConclusionContent
{
    public required DocumentReference TeamDecision { get; init; }

    public required IReadOnlyList<ConclusionFinding> Achievements { get; init; }

    public required IReadOnlyList<ConclusionFinding> Limitations { get; init; }

    public required IReadOnlyList<ConclusionFinding> Causes { get; init; }

    public required IReadOnlyList<ConclusionRecommendation> Recommendations { get; init; }

    /// <summary>The rating as printed ("Tốt", "Khá" …); no rating section when null.</summary>
    public string? RatingText { get; init; }

    /// <summary>Whether the conclusion announces a follow-up inspection (phúc tra).</summary>
    public bool FollowUpPlanned { get; init; }
}
