namespace MatTran.Inspections.Validation;

/// <summary>
/// The maximum length of every text field a person sends (docs/api.md § Limits), in characters as stored
/// (<see cref="TextRules.StoredLength"/>). Chosen so that whatever the read model stores of one request fits: a Table
/// string property holds 64 KiB (32,768 UTF-16 units), an entity 1 MiB; a detail row's JSON is spread over 15 such
/// properties of 30,000 (450,000 in all) and a submitted conclusion over 8 (240,000). The sums are in the comments; a
/// storage test writes the largest request of each kind to real Table storage.
/// </summary>
public static class TextLimits
{
    /// <summary>Unit ids (they become storage keys; the import's own pattern allows 64).</summary>
    public const int Id = 64;

    /// <summary>Inspections in one plan (what the plan store can write, in batches, before its plan row).</summary>
    public const int MaxPlanInspections = 5_000;

    /// <summary>A plan's number and symbol, e.g. "325/KH-MTTQ-BTT".</summary>
    public const int PlanNumber = 64;

    public const int Title = 500;

    /// <summary>The plan stores its topics as one JSON property escaped for ASCII: 20 × 250 × 6 = 30,000 &lt; 32,768.</summary>
    public const int Topic = 250;

    public const int MaxTopics = 20;

    /// <summary>Team lead and members (people's names).</summary>
    public const int PersonName = 100;

    /// <summary>Members and site visits per inspection: 30 × 100 × 6 = 18,000 in one property.</summary>
    public const int MaxTeamMembers = 30;

    public const int MaxSiteVisits = 30;

    public const int UnitName = 300;

    /// <summary>RFC 5321's longest usable address.</summary>
    public const int Email = 254;

    /// <summary>Reschedule and cancel reasons (the cancel reason is one summary property).</summary>
    public const int Reason = 2_000;

    /// <summary>The supervisor's return comment, the team's remediation accept/reject comment.</summary>
    public const int Comment = 4_000;

    /// <summary>
    /// One draft revision and its findings are one row (450,000): 100,000 + 40 × (250 + 4,000 + 10 × 200) = 350,000,
    /// with the JSON's names and numbers (about 34,000) still well inside.
    /// </summary>
    public const int DraftReport = 100_000;

    public const int MaxFindings = 40;

    public const int FindingText = 4_000;

    public const int MaxFigures = 10;

    public const int FigureLabel = 200;

    /// <summary>The conclusion is kept on the summary (240,000): 100,000 + 50 × (1,000 + 200) + 4,000 = 164,000.</summary>
    public const int ConclusionText = 100_000;

    public const int MaxRecommendations = 50;

    public const int RecommendationText = 1_000;

    public const int Responsible = 200;

    /// <summary>One feedback is one row.</summary>
    public const int FeedbackText = 50_000;

    /// <summary>
    /// A remediation item keeps its whole history in one row (450,000): each report-and-reject round adds at most
    /// 10,000 + 4,000, so an item holds about 30 rounds.
    /// </summary>
    public const int RemediationReport = 10_000;
}
