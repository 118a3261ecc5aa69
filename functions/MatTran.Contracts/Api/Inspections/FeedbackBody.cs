using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>JSON body of <c>POST /api/inspections/{id}/feedback</c> (the multipart form carries the same <c>text</c>).</summary>
public sealed record FeedbackBody([property: TextLimit(TextLimits.FeedbackText)] string? Text) : IRequestBody;
