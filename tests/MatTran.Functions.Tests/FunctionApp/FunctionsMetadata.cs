using System.Text.Json;

namespace MatTran.Functions.Tests.FunctionApp;

/// <summary>The <c>functions.metadata</c> the Functions SDK wrote next to the built app: what the Functions host indexes.</summary>
internal static class FunctionsMetadata
{
    private static readonly Lazy<IReadOnlyList<FunctionEntry>> s_entries = new(Load);

    public static string Path => System.IO.Path.Combine(TestPaths.FunctionsOutputDirectory, "functions.metadata");

    public static IReadOnlyList<FunctionEntry> All => s_entries.Value;

    public static IEnumerable<FunctionEntry> WithTrigger(string type) =>
        All.Where(entry => entry.Trigger.Type.Equals(type, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<FunctionEntry> Load()
    {
        Assert.IsTrue(File.Exists(Path), $"The build wrote no functions.metadata at {Path}; build functions/MatTran.Functions.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return JsonSerializer.Deserialize<List<FunctionEntry>>(File.ReadAllText(Path), options)
            ?? throw new InvalidOperationException("functions.metadata is empty.");
    }
}

internal sealed record FunctionEntry(string Name, string ScriptFile, string EntryPoint, string Language, IReadOnlyList<FunctionBinding> Bindings)
{
    /// <summary>The one input binding whose type ends in "Trigger".</summary>
    public FunctionBinding Trigger => Bindings.Single(b => b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));
}

internal sealed record FunctionBinding(
    string Name, string Type, string Direction, string? AuthLevel, IReadOnlyList<string>? Methods, string? Route, string? Schedule);
