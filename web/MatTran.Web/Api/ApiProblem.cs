using System.Text.Json.Serialization;

namespace MatTran.Web.Api;

/// <summary>
/// An <c>application/problem+json</c> answer of the API: <see cref="Errors"/> holds the Vietnamese messages by field
/// path (<c>inspections[1].visitDate</c>, <c>lines[3].email</c>), <see cref="Codes"/> the stable codes by the same paths.
/// </summary>
public sealed class ApiProblem
{
    public string? Title { get; set; }

    public int Status { get; set; }

    public string? Detail { get; set; }

    public string? Code { get; set; }

    public Dictionary<string, string[]> Errors { get; set; } = [];

    public Dictionary<string, string[]> Codes { get; set; } = [];

    public List<ApiWarning> Warnings { get; set; } = [];

    /// <summary>The messages for one field path (empty when none).</summary>
    public IReadOnlyList<string> For(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>Messages for fields that are not shown next to an input (the page lists them at the top).</summary>
    public IEnumerable<string> Except(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToHashSet(StringComparer.Ordinal);
        return Errors.Where(e => !shown.Contains(e.Key)).SelectMany(e => e.Value);
    }

    [JsonIgnore]
    public string Summary => Detail ?? Title ?? string.Empty;
}
