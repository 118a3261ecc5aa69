namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>Payload of <see cref="WorkflowEvents.RemediationSignal"/>, validated by the HTTP API.</summary>
/// <param name="Text">Report: the unit's report. Accept/Reject: the team's comment.</param>
/// <param name="DocumentId">Report: the evidence file, when one was uploaded.</param>
/// <param name="NewDueDate">Reject: the new due date.</param>
public sealed record RemediationSignal(
    RemediationSignalKind Kind,
    string Actor,
    string? Text = null,
    string? DocumentId = null,
    DateOnly? NewDueDate = null);
