using MatTran.Durable;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// A tiny orchestration for the host tests (one activity, or one long timer), on a task hub of its own per test so that
/// hosts running side by side on the shared Azurite never take each other's messages.
/// </summary>
internal static class DurableTestHub
{
    public const string Greeting = "Greeting";
    public const string SayHello = "SayHello";
    public const string WaitThirtyDays = "WaitThirtyDays";

    /// <summary>Monday 02/11/2026, 08:00 in Vietnam.</summary>
    public static readonly DateTimeOffset VirtualClockStart = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    public static string NewHubName() => "t" + Guid.NewGuid().ToString("N")[..16];

    public static void Register(DurableTaskOptions options)
    {
        options.AddOrchestratorFunc<string, string>(Greeting, (context, name) => context.CallActivityAsync<string>(SayHello, name));
        options.AddActivityFunc<string, string>(SayHello, (_, name) => Task.FromResult($"Xin chào {name}"));
        options.AddOrchestratorFunc<string, string>(WaitThirtyDays, async (context, input) =>
        {
            await context.CreateTimer(TimeSpan.FromDays(30), CancellationToken.None);
            return input;
        });
    }

    public static Dictionary<string, string?> Settings(string hub, string? dispatch = null, bool virtualClock = false) => new()
    {
        ["Storage:ConnectionString"] = Emulators.Servers.StorageConnectionString,
        ["Durable:TaskHubName"] = hub,
        ["Durable:Dispatch"] = dispatch,
        ["Durable:VirtualClock"] = virtualClock ? "true" : null,
        // A fixed start, so the tests' plan years (2027) stay in the future whatever the real date.
        ["Durable:VirtualClockStart"] = virtualClock ? VirtualClockStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : null,
    };
}
