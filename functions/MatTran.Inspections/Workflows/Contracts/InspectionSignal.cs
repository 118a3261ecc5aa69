using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Findings;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// Payload of <see cref="WorkflowEvents.InspectionSignal"/>. The HTTP API has validated it and stored any uploaded
/// file before raising it; the orchestration records it when it is waiting for that kind and ignores it otherwise.
/// </summary>
/// <param name="Actor">User name, or "unit:{unitId}" for a signed-link user.</param>
/// <param name="VisitDate">Reschedule: the new visit date.</param>
/// <param name="Text">Reschedule/Cancel reason, Feedback text, Return comment.</param>
/// <param name="DocumentId">SelfReport file; Feedback's optional file.</param>
/// <param name="Findings">Findings: findings and draft report text.</param>
/// <param name="Conclusion">Conclusion: text, rating, recommendations, follow-up request.</param>
public sealed record InspectionSignal(
    InspectionSignalKind Kind,
    string Actor,
    DateOnly? VisitDate = null,
    string? Text = null,
    string? DocumentId = null,
    FindingsSubmission? Findings = null,
    Conclusion? Conclusion = null);
