namespace MatTran.Inspections.Findings;

/// <summary>Body of <c>POST /api/inspections/{id}/findings</c>: the team lead's findings and the draft report text.</summary>
public sealed record FindingsSubmission(IReadOnlyList<Finding> Findings, string DraftReport);
