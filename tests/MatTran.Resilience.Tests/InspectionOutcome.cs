using System.Text.Json;

namespace MatTran.Resilience.Tests;

/// <summary>
/// How an inspection ended, in the terms a crash must not change: stage, rating, each recommendation's status and
/// which numbered documents it has (<see cref="Numbered"/>). (Not the reminders: whether one goes out depends on how long the host was down.)
/// </summary>
internal sealed record InspectionOutcome(string Kind, string Stage, string? Rating, string Remediations, string Numbered)
{
    public static InspectionOutcome From(JsonElement inspection)
    {
        var summary = inspection.GetProperty("summary");
        string remediations = string.Join(",", inspection.GetProperty("remediations").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        string documents = string.Join(",", NumberedDocuments(inspection)
            .GroupBy(d => d.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}×{g.Select(d => d.Number).Distinct(StringComparer.Ordinal).Count()}"));
        return new InspectionOutcome(
            summary.GetProperty("kind").GetString()!,
            summary.GetProperty("stage").GetString()!,
            inspection.TryGetProperty("rating", out var rating) && rating.ValueKind == JsonValueKind.String ? rating.GetString() : null,
            remediations,
            documents);
    }

    /// <summary>The documents that carry a number (decision, notice, conclusion…), as (kind, number text).</summary>
    public static IEnumerable<(string Kind, string Number)> NumberedDocuments(JsonElement inspection) =>
        inspection.GetProperty("documents").EnumerateArray()
            .Where(d => d.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.String)
            .Select(d => (d.GetProperty("kind").GetString()!, d.GetProperty("number").GetString()!));
}
