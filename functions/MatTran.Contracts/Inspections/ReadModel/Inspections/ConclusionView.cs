using MatTran.Inspections.Conclusions;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>The latest conclusion: its content, who submitted and decided it, and the issued notice's number.</summary>
/// <param name="ReturnComment">The supervisor's comment when returned.</param>
/// <param name="Number">The conclusion notice's number (…/TB-…) once issued.</param>
/// <param name="DocumentId">The issued conclusion notice (.docx).</param>
public sealed record ConclusionView(
    Conclusion Conclusion,
    ConclusionStatus Status,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? ReturnComment,
    string? Number,
    string? DocumentId);
