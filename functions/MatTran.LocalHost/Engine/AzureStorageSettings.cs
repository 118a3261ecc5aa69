using DurableTask.AzureStorage;
using MatTran.Inspections.Storage;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Engine;

/// <summary>DurableTask.AzureStorage settings from our options, chosen to match what the Functions extension uses in Azure.</summary>
internal static class AzureStorageSettings
{
    public static AzureStorageOrchestrationServiceSettings For(StorageAccount account, DurableEngineOptions options, ILoggerFactory loggerFactory) =>
        new()
        {
            TaskHubName = options.HubName,
            StorageAccountClientProvider = account.ConnectionString is { } connectionString
                ? new StorageAccountClientProvider(connectionString)
                : new StorageAccountClientProvider(
                    account.AccountName ?? throw new InvalidOperationException("The storage account has neither a connection string nor a name."),
                    account.Credential ?? throw new InvalidOperationException("The storage account has no credential.")),
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,

            // Partition leases in a table, as Durable Functions v3 does by default: same task-hub layout in both hosts.
            UseTablePartitionManagement = true,

            // Each engine (a process, or two in one test) is its own lease owner; the machine name alone is not unique.
            WorkerId = options.WorkerId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}",

            // A start of an id that is still running must fail loudly (as in the SDK), not be dropped silently.
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = loggerFactory,
        };
}
