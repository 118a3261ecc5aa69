using MatTran.Durable.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MatTran.Durable;

/// <summary>DI registration: <c>services.AddDurableTask(o =&gt; { o.TaskHubName = "MatTran"; o.AddOrchestrator&lt;X&gt;(); })</c>.</summary>
public static class DurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Registers the options, the <see cref="DurableTaskClient"/>, the <see cref="DurableWorker"/>, the registered
    /// activity and orchestrator types (transient, resolved per call), and with <see cref="DispatchMode.InProcess"/>
    /// the hosted pollers. Uses the registered <see cref="TimeProvider"/> (the system clock unless one is registered).
    /// </summary>
    public static IServiceCollection AddDurableTask(this IServiceCollection services, Action<DurableTaskOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new DurableTaskOptions();
        configure(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TaskHubStorage(sp.GetRequiredService<DurableTaskOptions>()));
        services.AddSingleton(sp => new DurableTaskClient(
            sp.GetRequiredService<DurableTaskOptions>(), sp.GetRequiredService<TaskHubStorage>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DurableWorker(
            sp.GetRequiredService<DurableTaskOptions>(),
            sp.GetRequiredService<TaskHubStorage>(),
            sp,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        foreach (var type in options.Registry.ActivityTypes.Concat(options.Registry.OrchestratorTypes))
        {
            services.TryAddTransient(type);
        }

        if (options.Dispatch == DispatchMode.InProcess)
        {
            services.AddHostedService<DurableTaskHostedService>();
        }

        return services;
    }
}
