using MatTran.Inspections.Validation;

namespace MatTran.Api.Remediations;

/// <summary>The text field of the multipart <c>POST /api/remediations/{id}/report</c>, checked at the edge as a JSON body would be.</summary>
public sealed record ReportForm([property: TextLimit(TextLimits.RemediationReport)] string? Text);
