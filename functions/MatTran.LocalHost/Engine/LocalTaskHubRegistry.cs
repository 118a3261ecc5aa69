using Microsoft.DurableTask;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// The orchestrator and activity classes the local engine runs, by the names they are scheduled with. Names are
/// matched ignoring case, as Durable Functions matches function names; versions are not used by this app.
/// </summary>
public sealed class LocalTaskHubRegistry
{
    private readonly Dictionary<string, Type> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _activities = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Type> Orchestrators => _orchestrators;

    public IReadOnlyDictionary<string, Type> Activities => _activities;

    /// <summary>Registers an <see cref="ITaskOrchestrator"/> class; a new instance runs each orchestration episode.</summary>
    public LocalTaskHubRegistry AddOrchestrator(string name, Type type) =>
        Add(_orchestrators, name, type, typeof(ITaskOrchestrator), "orchestrator");

    /// <summary>Registers an <see cref="ITaskActivity"/> class; a new instance (constructor injection) runs each call.</summary>
    public LocalTaskHubRegistry AddActivity(string name, Type type) =>
        Add(_activities, name, type, typeof(ITaskActivity), "activity");

    public LocalTaskHubRegistry AddOrchestrator<TOrchestrator>(string name)
        where TOrchestrator : class, ITaskOrchestrator => AddOrchestrator(name, typeof(TOrchestrator));

    public LocalTaskHubRegistry AddActivity<TActivity>(string name)
        where TActivity : class, ITaskActivity => AddActivity(name, typeof(TActivity));

    private LocalTaskHubRegistry Add(Dictionary<string, Type> registrations, string name, Type type, Type contract, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        if (!contract.IsAssignableFrom(type) || type.IsAbstract || type.IsGenericTypeDefinition)
        {
            throw new ArgumentException($"The {kind} '{name}' must be a concrete class implementing {contract.Name}; got {type}.", nameof(type));
        }

        if (!registrations.TryAdd(name, type))
        {
            throw new ArgumentException($"An {kind} named '{name}' is already registered ({registrations[name]}).", nameof(name));
        }

        return this;
    }
}
