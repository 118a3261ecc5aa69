using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// The engine settings both hosts share. They are read from the keys the Azure Functions host reads from host.json
/// (<c>extensions:durableTask:*</c>), which the local host adds to its configuration under
/// <c>AzureFunctionsJobHost</c>, so one host.json (and the same app-setting overrides) drives both hosts.
/// </summary>
public sealed record DurableEngineOptions
{
    /// <summary>The configuration section of the Durable extension, as the Functions host names it.</summary>
    public const string SectionPath = "AzureFunctionsJobHost:extensions:durableTask";

    public const string DefaultHubName = "MatTran";

    /// <summary>
    /// The local host's own key (the Functions host names its workers itself): the lease owner name of this engine.
    /// </summary>
    public const string WorkerIdKey = "LocalEngine:WorkerId";

    /// <summary>A storage queue hides a message for at most 7 days, so a longer timer must be a chain of shorter ones.</summary>
    public static readonly TimeSpan LongestTimerInterval = TimeSpan.FromDays(6);

    /// <summary>Task hub name: the prefix of every queue, table and blob container of the engine.</summary>
    public string HubName { get; init; } = DefaultHubName;

    /// <summary>Control queues (1–16). Four suits one machine; Azure can scale out to as many workers.</summary>
    public int PartitionCount { get; init; } = 4;

    /// <summary>The longest pause between polls of an idle queue: the worst added latency of a step.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Orchestration episodes run at once. The Functions default (10 per core) also suits 2 cores.</summary>
    public int MaxConcurrentOrchestratorFunctions { get; init; } = 10 * Environment.ProcessorCount;

    /// <summary>Activities run at once (Functions default: 10 per core); ours mostly wait on storage and SMTP.</summary>
    public int MaxConcurrentActivityFunctions { get; init; } = 10 * Environment.ProcessorCount;

    /// <summary>
    /// How long a fetched control-queue message stays hidden from other workers. A worker that stops (or dies) with
    /// messages fetched but not processed leaves them hidden this long; then another worker takes them.
    /// </summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The same for activity messages (renewed while the activity runs).</summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The name this engine owns partition leases under; null gives every engine a unique name. A process restarted
    /// under the name of one that died takes the dead one's leases back at once, instead of waiting for them to expire
    /// (30 s): what a single local host restarted after a crash wants. Two running engines must never share a name.
    /// </summary>
    public string? WorkerId { get; init; }

    /// <summary>Timers longer than this are split by the SDK into a chain (the Functions extension does the same).</summary>
    public TimeSpan MaximumTimerInterval { get; init; } = LongestTimerInterval;

    /// <summary>Reads the keys under <see cref="SectionPath"/>; every missing key keeps its default.</summary>
    public static DurableEngineOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        IConfigurationSection section = configuration.GetSection(SectionPath);
        var defaults = new DurableEngineOptions();
        var options = new DurableEngineOptions
        {
            HubName = NonBlank(section["hubName"]) ?? defaults.HubName,
            PartitionCount = ReadInt(section, "storageProvider:partitionCount") ?? defaults.PartitionCount,
            MaxQueuePollingInterval = ReadTimeSpan(section, "storageProvider:maxQueuePollingInterval")
                ?? defaults.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = ReadTimeSpan(section, "storageProvider:controlQueueVisibilityTimeout")
                ?? defaults.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = ReadTimeSpan(section, "storageProvider:workItemQueueVisibilityTimeout")
                ?? defaults.WorkItemQueueVisibilityTimeout,
            MaxConcurrentOrchestratorFunctions = ReadInt(section, "maxConcurrentOrchestratorFunctions")
                ?? defaults.MaxConcurrentOrchestratorFunctions,
            MaxConcurrentActivityFunctions = ReadInt(section, "maxConcurrentActivityFunctions")
                ?? defaults.MaxConcurrentActivityFunctions,
            WorkerId = NonBlank(configuration[WorkerIdKey]),
        };
        options.Validate();
        return options;
    }

    /// <summary>Fails with a message naming the setting, before Azure Storage fails with a less helpful one.</summary>
    public void Validate()
    {
        // Azure Storage task hub rules: 3–45 letters and digits, starting with a letter (names become queue names).
        if (HubName.Length is < 3 or > 45 || !char.IsAsciiLetter(HubName[0]) || !HubName.All(char.IsAsciiLetterOrDigit))
        {
            throw new InvalidOperationException(
                $"'{SectionPath}:hubName' must be 3 to 45 letters or digits starting with a letter; got '{HubName}'.");
        }

        Require(PartitionCount is >= 1 and <= 16, "storageProvider:partitionCount", "between 1 and 16");
        Require(MaxQueuePollingInterval > TimeSpan.Zero, "storageProvider:maxQueuePollingInterval", "positive");
        Require(ControlQueueVisibilityTimeout >= TimeSpan.FromSeconds(10), "storageProvider:controlQueueVisibilityTimeout", "at least 10 seconds");
        Require(WorkItemQueueVisibilityTimeout >= TimeSpan.FromSeconds(10), "storageProvider:workItemQueueVisibilityTimeout", "at least 10 seconds");
        Require(MaxConcurrentOrchestratorFunctions >= 1, "maxConcurrentOrchestratorFunctions", "at least 1");
        Require(MaxConcurrentActivityFunctions >= 1, "maxConcurrentActivityFunctions", "at least 1");
        if (MaximumTimerInterval <= TimeSpan.Zero || MaximumTimerInterval > LongestTimerInterval)
        {
            throw new InvalidOperationException(
                $"The maximum timer interval must be positive and at most {LongestTimerInterval.TotalDays} days.");
        }
    }

    private static void Require(bool condition, string key, string rule)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"'{SectionPath}:{key}' must be {rule}.");
        }
    }

    private static int? ReadInt(IConfigurationSection section, string key) =>
        NonBlank(section[key]) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw new InvalidOperationException($"'{SectionPath}:{key}' must be a whole number; got '{text}'.")
            : null;

    private static TimeSpan? ReadTimeSpan(IConfigurationSection section, string key) =>
        NonBlank(section[key]) is { } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan value)
                ? value
                : throw new InvalidOperationException($"'{SectionPath}:{key}' must be a time span like 00:00:01; got '{text}'.")
            : null;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
