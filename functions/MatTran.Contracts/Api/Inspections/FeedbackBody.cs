namespace MatTran.Api.Inspections;

/// <summary>JSON body of <c>POST /api/inspections/{id}/feedback</c> (the multipart form carries the same <c>text</c>).</summary>
public sealed record FeedbackBody(string? Text);
