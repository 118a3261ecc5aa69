namespace MatTran.Durable;

/// <summary>
/// The orchestrators (by name and version) and activities (by name) a worker can run, as in Microsoft.DurableTask's
/// <c>DurableTaskRegistry</c>. Names are case-insensitive. Types are created per call through DI when a service
/// provider is available, so activities can take their dependencies in the constructor.
/// </summary>
public sealed class DurableTaskRegistry
{
    private readonly Dictionary<string, Dictionary<string, Func<IServiceProvider, ITaskOrchestrator>>> _orchestrators =
        new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, Func<IServiceProvider, ITaskActivity>> _activities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Activity types registered by type, so that DI registration can add them as services.</summary>
    internal List<Type> ActivityTypes { get; } = [];

    internal List<Type> OrchestratorTypes { get; } = [];

    public DurableTaskRegistry AddOrchestrator<T>(string? name = null, string? version = null)
        where T : class, ITaskOrchestrator
    {
        OrchestratorTypes.Add(typeof(T));
        return AddOrchestrator(name ?? typeof(T).Name, version, services => Create<T>(services));
    }

    public DurableTaskRegistry AddOrchestratorFunc<TInput, TOutput>(
        string name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> orchestrator, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        return AddOrchestrator(name, version, _ => new Registration.FuncOrchestrator<TInput, TOutput>(orchestrator));
    }

    public DurableTaskRegistry AddActivity<T>(string? name = null)
        where T : class, ITaskActivity
    {
        ActivityTypes.Add(typeof(T));
        return AddActivity(name ?? typeof(T).Name, services => Create<T>(services));
    }

    public DurableTaskRegistry AddActivityFunc<TInput, TOutput>(
        string name, Func<TaskActivityContext, TInput, Task<TOutput>> activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return AddActivity(name, _ => new Registration.FuncActivity<TInput, TOutput>(activity));
    }

    /// <summary>The versions registered for an orchestrator name ("" for an unversioned registration).</summary>
    public IReadOnlyCollection<string> GetVersions(string name) =>
        _orchestrators.TryGetValue(name, out var versions) ? versions.Keys : [];

    internal bool TryCreateOrchestrator(
        string name, string version, IServiceProvider services, out ITaskOrchestrator? orchestrator)
    {
        orchestrator = null;
        if (!_orchestrators.TryGetValue(name, out var versions) || !versions.TryGetValue(version, out var factory))
        {
            return false;
        }

        orchestrator = factory(services);
        return true;
    }

    internal bool TryCreateActivity(string name, IServiceProvider services, out ITaskActivity? activity)
    {
        activity = null;
        if (!_activities.TryGetValue(name, out var factory))
        {
            return false;
        }

        activity = factory(services);
        return true;
    }

    private DurableTaskRegistry AddOrchestrator(string name, string? version, Func<IServiceProvider, ITaskOrchestrator> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_orchestrators.TryGetValue(name, out var versions))
        {
            versions = new Dictionary<string, Func<IServiceProvider, ITaskOrchestrator>>(StringComparer.Ordinal);
            _orchestrators.Add(name, versions);
        }

        if (!versions.TryAdd(version ?? "", factory))
        {
            throw new ArgumentException($"Orchestrator '{name}' version '{version}' is already registered.", nameof(version));
        }

        return this;
    }

    private DurableTaskRegistry AddActivity(string name, Func<IServiceProvider, ITaskActivity> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_activities.TryAdd(name, factory))
        {
            throw new ArgumentException($"Activity '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    private static T Create<T>(IServiceProvider services) where T : class =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetServiceOrCreateInstance<T>(services);
}
