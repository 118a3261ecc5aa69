namespace MatTran.DevServers;

/// <summary>What to start and where Azurite keeps its data.</summary>
public sealed class DevServerOptions
{
    public bool StartAzurite { get; init; } = true;

    public bool StartMaildev { get; init; } = true;

    /// <summary>
    /// Folder for Azurite's data. Null keeps everything in memory (tests); <c>dotnet run</c> passes a git-ignored
    /// folder so demo data survives restarts.
    /// </summary>
    public string? AzuriteDataDirectory { get; init; }

    /// <summary>The folder holding tools/package.json; found by walking up from the app's base directory when null.</summary>
    public string? ToolsDirectory { get; init; }

    /// <summary>How long to wait for the servers to accept connections.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
