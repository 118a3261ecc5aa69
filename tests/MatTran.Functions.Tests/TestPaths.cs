using System.Reflection;

namespace MatTran.Functions.Tests;

/// <summary>Paths the project file wrote into this assembly at build time.</summary>
internal static class TestPaths
{
    public static string FunctionsOutputDirectory => Metadata(nameof(FunctionsOutputDirectory));

    public static string RepositoryRoot => Metadata(nameof(RepositoryRoot));

    public static string BicepPath => Metadata(nameof(BicepPath));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see MatTran.Functions.Tests.csproj.");
}
