using MatTran.Inspections.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Engine;

public static class LocalDurableEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local durable engine: <see cref="DurableTaskClient"/> (a <see cref="TaskHubClientAdapter"/>) as a
    /// singleton and a hosted service that creates the task hub and runs the worker. Settings come from
    /// <see cref="DurableEngineOptions.FromConfiguration"/>; the storage account is the registered
    /// <see cref="StorageAccount"/> (else read from configuration); payloads use the registered
    /// <see cref="DataConverter"/> (else the SDK's JSON converter).
    /// </summary>
    public static IServiceCollection AddLocalDurableEngine(
        this IServiceCollection services, IConfiguration configuration, Action<LocalTaskHubRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(register);

        var registry = new LocalTaskHubRegistry();
        register(registry);
        DurableEngineOptions options = DurableEngineOptions.FromConfiguration(configuration);

        services.AddSingleton(provider => LocalDurableEngine.Create(
            provider.GetService<StorageAccount>() ?? StorageAccount.FromConfiguration(configuration),
            options,
            registry,
            provider,
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetService<DataConverter>()));
        services.AddSingleton(provider => provider.GetRequiredService<LocalDurableEngine>().Client);
        services.AddSingleton<IHostedService, LocalDurableEngineService>();
        return services;
    }
}
