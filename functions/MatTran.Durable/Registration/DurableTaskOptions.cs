using Azure.Core;

namespace MatTran.Durable;

/// <summary>
/// Everything a client and a worker of one task hub need: where the storage is, what is registered, how dispatch runs.
/// The registration methods forward to <see cref="Registry"/> so that <c>AddDurableTask(o =&gt; o.AddOrchestrator&lt;X&gt;())</c> reads naturally.
/// </summary>
public sealed class DurableTaskOptions
{
    /// <summary>Letters and digits, starting with a letter (it prefixes table, queue and container names).</summary>
    public string TaskHubName { get; set; } = "MatTran";

    /// <summary>A storage connection string (<c>UseDevelopmentStorage=true</c>, Azurite or an account key).</summary>
    public string? StorageConnectionString { get; set; }

    /// <summary>Alternative to a connection string: service endpoints with a token credential (managed identity).</summary>
    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public TokenCredential? Credential { get; set; }

    /// <summary>Lets the host add pipeline policies (e.g. the benchmark's request counter) to every storage client.</summary>
    public Action<ClientOptions>? ConfigureStorageClient { get; set; }

    public DispatchMode Dispatch { get; set; } = DispatchMode.InProcess;

    /// <summary>
    /// Version given to new instances (and sub-orchestrations) when the caller names none. When null, the highest
    /// registered version of the orchestrator is used.
    /// </summary>
    public string? DefaultVersion { get; set; }

    /// <summary>How many control messages (orchestration episodes) one in-process worker runs at once.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 4;

    /// <summary>How many activity work items one in-process worker runs at once.</summary>
    public int MaxConcurrentActivities { get; set; } = 8;

    /// <summary>Longest pause between polls of an empty queue; polling backs off to this from <see cref="MinPollingInterval"/>.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How often the in-process timer sweeper looks for due timers.</summary>
    public TimeSpan TimerSweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a received message stays invisible; after a crash it reappears after this time.</summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A message that failed this many times is logged and dropped (the Functions host moves it to a poison queue).</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// Delay of the safety poke a client sends before each write (start, event, terminate…), which gets the instance
    /// running even if the client process dies between its write and its immediate poke.
    /// </summary>
    public TimeSpan RepairPokeDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a client polls while waiting for an instance to finish.</summary>
    public TimeSpan WaitPollingInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public DurableTaskRegistry Registry { get; } = new();

    public DurableTaskOptions AddOrchestrator<T>(string? name = null, string? version = null) where T : class, ITaskOrchestrator
    {
        Registry.AddOrchestrator<T>(name, version);
        return this;
    }

    public DurableTaskOptions AddOrchestratorFunc<TInput, TOutput>(
        string name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> orchestrator, string? version = null)
    {
        Registry.AddOrchestratorFunc(name, orchestrator, version);
        return this;
    }

    public DurableTaskOptions AddActivity<T>(string? name = null) where T : class, ITaskActivity
    {
        Registry.AddActivity<T>(name);
        return this;
    }

    public DurableTaskOptions AddActivityFunc<TInput, TOutput>(string name, Func<TaskActivityContext, TInput, Task<TOutput>> activity)
    {
        Registry.AddActivityFunc(name, activity);
        return this;
    }

    /// <summary>The version a new instance of <paramref name="name"/> is pinned to when the caller names none.</summary>
    internal string ResolveVersion(string name, string? requested)
    {
        if (requested is not null)
        {
            return requested;
        }

        if (DefaultVersion is not null && Registry.GetVersions(name).Contains(DefaultVersion))
        {
            return DefaultVersion;
        }

        return Registry.GetVersions(name).OrderBy(v => v, VersionComparer.Instance).LastOrDefault() ?? DefaultVersion ?? "";
    }
}
