namespace MatTran.Functions.Inspections;

public sealed record RecommendationBody(string? Text, string? Responsible, DateOnly? DueDate);
