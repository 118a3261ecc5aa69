namespace MatTran.Api.Inspections;

public sealed record RecommendationBody(string? Text, string? Responsible, DateOnly? DueDate);
