using System.Diagnostics;
using System.Text.Json;

namespace MatTran.Functions.Tests.Configuration;

/// <summary><c>infra/main.bicep</c> compiled by the Bicep CLI into the ARM template Azure would deploy.</summary>
internal static class BicepTemplate
{
    private static readonly Lazy<JsonElement> s_template = new(Compile);

    public static JsonElement Main => s_template.Value;

    public static string MainText => Main.GetRawText();

    /// <summary>Every <c>siteConfig.appSettings</c> entry of the template (modules are nested deployments): name → value expression.</summary>
    public static IReadOnlyDictionary<string, string> AppSettings()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in Find(Main, "appSettings"))
        {
            foreach (var setting in list.EnumerateArray())
            {
                settings.Add(setting.GetProperty("name").GetString()!, setting.GetProperty("value").ToString());
            }
        }

        return settings;
    }

    private static IEnumerable<JsonElement> Find(JsonElement element, string property)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var child in element.EnumerateObject())
            {
                if (child.NameEquals(property) && child.Value.ValueKind == JsonValueKind.Array)
                {
                    yield return child.Value;
                }

                foreach (var found in Find(child.Value, property))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(item => Find(item, property)))
            {
                yield return found;
            }
        }
    }

    private static JsonElement Compile()
    {
        string main = Path.Combine(TestPaths.RepositoryRoot, "infra", "main.bicep");
        var start = new ProcessStartInfo(TestPaths.BicepPath)
        {
            ArgumentList = { "build", main, "--stdout" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var bicep = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {TestPaths.BicepPath}.");
        var output = bicep.StandardOutput.ReadToEndAsync();
        var errors = bicep.StandardError.ReadToEndAsync();
        if (!bicep.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            bicep.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep build did not finish in 2 minutes.");
        }

        Assert.AreEqual(0, bicep.ExitCode, "bicep build failed: " + errors.Result);
        using var document = JsonDocument.Parse(output.Result);
        return document.RootElement.Clone();
    }
}
