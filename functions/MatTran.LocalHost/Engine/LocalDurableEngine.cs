using DurableTask.AzureStorage;
using DurableTask.Core;
using MatTran.Inspections.Storage;
using MatTran.Inspections.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// The official Durable Task engine on one machine: DurableTask.Core's <see cref="TaskHubWorker"/> over
/// DurableTask.AzureStorage (the provider Durable Functions uses, here on Azurite or an Azure account), running
/// Microsoft.DurableTask orchestrators and activities through the SDK's <see cref="DurableTaskShimFactory"/>, with a
/// <see cref="DurableTaskClient"/> (<see cref="TaskHubClientAdapter"/>) to start and query them. Nothing of the
/// engine is implemented here; this class only wires the packages together. Usable without a host (tests), or
/// through <see cref="LocalDurableEngineServiceCollectionExtensions.AddLocalDurableEngine"/>.
/// </summary>
public sealed class LocalDurableEngine : IAsyncDisposable
{
    private readonly AzureStorageOrchestrationService _service;
    private readonly TaskHubWorker _worker;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private bool _running;
    private bool _disposed;

    private LocalDurableEngine(
        AzureStorageOrchestrationService service, TaskHubWorker worker, DurableTaskClient client, DurableEngineOptions options, ILogger logger)
    {
        _service = service;
        _worker = worker;
        Client = client;
        Options = options;
        _logger = logger;
    }

    /// <summary>Starts, queries and signals instances. Usable before <see cref="StartAsync(CancellationToken)"/> too.</summary>
    public DurableTaskClient Client { get; }

    public DurableEngineOptions Options { get; }

    /// <summary>
    /// The DurableTask.AzureStorage service itself, for what the SDK client does not offer (e.g. the raw history of
    /// an instance in tests).
    /// </summary>
    public AzureStorageOrchestrationService OrchestrationService => _service;

    /// <summary>Builds an engine that is not yet running; <see cref="StartAsync(CancellationToken)"/> starts it.</summary>
    /// <param name="services">Root provider the activities' constructor dependencies come from.</param>
    /// <param name="dataConverter">Serializer of every payload; the SDK's JSON converter when null.</param>
    public static LocalDurableEngine Create(
        StorageAccount account,
        DurableEngineOptions options,
        LocalTaskHubRegistry registry,
        IServiceProvider services,
        ILoggerFactory loggerFactory,
        DataConverter? dataConverter = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        dataConverter ??= JsonDataConverter.Default;

        var service = new AzureStorageOrchestrationService(AzureStorageSettings.For(account, options, loggerFactory));
        var shims = new DurableTaskShimFactory(
            new DurableTaskWorkerOptions { DataConverter = dataConverter, MaximumTimerInterval = options.MaximumTimerInterval },
            loggerFactory);

        var orchestrations = new NameOnlyObjectManager<TaskOrchestration>();
        foreach ((string name, Type type) in registry.Orchestrators)
        {
            // A new orchestrator per episode. DurableTask.Core does not pass the runtime state to object creators, so
            // TaskOrchestrationContext.Parent is null in sub-orchestrations; the app does not read it.
            orchestrations.Add(new ShimObjectCreator<TaskOrchestration>(name, () =>
                shims.CreateOrchestration(new TaskName(name), (ITaskOrchestrator)ActivatorUtilities.CreateInstance(services, type))));
        }

        var activities = new NameOnlyObjectManager<TaskActivity>();
        foreach ((string name, Type type) in registry.Activities)
        {
            // A new activity per call, its dependencies from the root provider (activities hold no per-call state).
            activities.Add(new ShimObjectCreator<TaskActivity>(name, () =>
                shims.CreateActivity(new TaskName(name), new TracedActivity(name, (ITaskActivity)ActivatorUtilities.CreateInstance(services, type)))));
        }

        var worker = new TaskHubWorker(service, orchestrations, activities, loggerFactory)
        {
            // The SDK's shims read failures as FailureDetails (as in Durable Functions), not as serialized exceptions.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        return new LocalDurableEngine(
            service, worker, new TaskHubClientAdapter(service, dataConverter), options, loggerFactory.CreateLogger<LocalDurableEngine>());
    }

    /// <summary>Builds and starts an engine (creating the task hub if missing); dispose it to stop.</summary>
    public static async Task<LocalDurableEngine> StartAsync(
        StorageAccount account,
        DurableEngineOptions options,
        LocalTaskHubRegistry registry,
        IServiceProvider services,
        ILoggerFactory loggerFactory,
        DataConverter? dataConverter = null,
        CancellationToken cancellationToken = default)
    {
        LocalDurableEngine engine = Create(account, options, registry, services, loggerFactory, dataConverter);
        try
        {
            await engine.StartAsync(cancellationToken);
            return engine;
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the task hub (queues, tables, lease containers) if missing and starts dispatching work.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_running)
            {
                return;
            }

            await _service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
            await _worker.StartAsync().WaitAsync(cancellationToken);
            _running = true;
            _logger.LogInformation(
                "Durable engine started on task hub {HubName} ({Partitions} partitions).", Options.HubName, Options.PartitionCount);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops taking work and lets running episodes and activities finish; leases are released so another worker on
    /// the same task hub takes over at once. Cancelling the token forces the stop.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(CancellationToken.None);
        try
        {
            if (!_running)
            {
                return;
            }

            _running = false;
            try
            {
                await _worker.StopAsync(isForced: false).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("Durable engine stop on task hub {HubName} was cut short; forcing it.", Options.HubName);
                await _worker.StopAsync(isForced: true);
            }

            _logger.LogInformation("Durable engine stopped on task hub {HubName}.", Options.HubName);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await StopAsync();
        _disposed = true;
        _worker.Dispose();
        _service.Dispose();
        _lifecycle.Dispose();
    }
}
