using MatTran.Durable;
using MatTran.Durable.Time;
using MatTran.Inspections.Storage;
using MatTran.Inspections.Workflows.Orchestrators;

namespace MatTran.Functions.Durable;

public static class DurableHostingExtensions
{
    /// <summary>The only environments where the virtual clock may run (deadlines rehearsed in minutes must never reach real users).</summary>
    public static bool AllowsVirtualClock(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Test");

    /// <summary>Whether this host runs business time on the virtual clock; refuses outright outside Development/Test.</summary>
    public static bool UsesVirtualClock(this WebApplicationBuilder builder)
    {
        bool requested = builder.Configuration.GetValue(DurableConfiguration.VirtualClockKey, false);
        if (requested && !builder.Environment.AllowsVirtualClock())
        {
            throw new InvalidOperationException(
                $"'{DurableConfiguration.VirtualClockKey}' is only allowed in the Development and Test environments, " +
                $"not in '{builder.Environment.EnvironmentName}'. Remove the setting.");
        }

        return requested;
    }

    /// <summary>
    /// Registers the app's <see cref="TimeProvider"/> (the system clock, or one <see cref="VirtualTimeProvider"/> when the
    /// virtual clock is on) and the durable runtime on the app's storage account. Dispatch defaults to in-process pollers in
    /// Development/Test and to the Functions host's triggers elsewhere.
    /// </summary>
    public static WebApplicationBuilder AddMatTranDurable(
        this WebApplicationBuilder builder, Action<DurableTaskOptions>? configure = null)
    {
        if (builder.UsesVirtualClock())
        {
            var start = builder.Configuration.GetValue<DateTimeOffset?>(DurableConfiguration.VirtualClockStartKey) ?? TimeProvider.System.GetUtcNow();
            var clock = new VirtualTimeProvider(start);
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton<VirtualClockStepper>();
        }
        else
        {
            builder.Services.AddSingleton(TimeProvider.System);
        }

        var config = builder.Configuration;
        var defaultDispatch = builder.Environment.AllowsVirtualClock() ? DispatchMode.InProcess : DispatchMode.FunctionsHost;
        builder.Services.AddDurableTask(options =>
        {
            options.TaskHubName = config[DurableConfiguration.TaskHubNameKey] is { Length: > 0 } hub ? hub : DurableConfiguration.DefaultTaskHubName;
            options.Dispatch = config.GetValue(DurableConfiguration.DispatchKey, defaultDispatch);
            UseAppStorage(options, StorageAccount.FromConfiguration(config));
            options.AddInspectionWorkflows();
            configure?.Invoke(options);
        });
        return builder;
    }

    /// <summary>
    /// The same account, read from the same keys in the same order, as the read model's clients
    /// (<see cref="StorageServiceCollectionExtensions.AddMatTranStorage"/>): a connection string, else the account name
    /// with managed identity (the task hub then reaches the service URIs with a token credential, no keys).
    /// </summary>
    private static void UseAppStorage(DurableTaskOptions options, StorageAccount account)
    {
        if (account.ConnectionString is { } connectionString)
        {
            options.StorageConnectionString = connectionString;
        }
        else
        {
            options.TableServiceUri = account.ServiceUri("table");
            options.QueueServiceUri = account.ServiceUri("queue");
            options.BlobServiceUri = account.ServiceUri("blob");
            options.Credential = account.Credential;
        }
    }
}
