namespace MatTran.DevServers.Tests;

/// <summary>
/// The test assembly doubles as a host for <see cref="HostDeathTests"/>: <c>dotnet MatTran.DevServers.Tests.dll
/// start-emulators</c> starts a <see cref="DevServerSet"/>, prints its servers' pids on one line and waits to be killed.
/// </summary>
public static class Program
{
    public const string StartEmulators = "start-emulators";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [StartEmulators])
        {
            await Console.Error.WriteLineAsync($"Usage: dotnet MatTran.DevServers.Tests.dll {StartEmulators}");
            return 2;
        }

        // Never disposed: the test kills this process, as a developer's Ctrl+\ or the OOM killer would.
        var servers = await DevServerSet.StartAsync();
        Console.WriteLine(string.Join(' ', servers.ProcessIds));
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
