using DurableTask.Core;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// DurableTask.Core asks this for a fresh orchestration or activity object for each episode or call. Looked up by
/// name only: the SDK may schedule with an empty or a null version, and this app does not version its workflows.
/// Returns null for an unknown name, which DurableTask.Core reports as a missing type.
/// </summary>
internal sealed class NameOnlyObjectManager<T> : INameVersionObjectManager<T>
    where T : class
{
    private readonly Dictionary<string, ObjectCreator<T>> _creators = new(StringComparer.OrdinalIgnoreCase);

    public void Add(ObjectCreator<T> creator)
    {
        ArgumentNullException.ThrowIfNull(creator);
        if (!_creators.TryAdd(creator.Name, creator))
        {
            throw new InvalidOperationException($"'{creator.Name}' is already registered.");
        }
    }

    public T? GetObject(string name, string? version) =>
        _creators.TryGetValue(name, out ObjectCreator<T>? creator) ? creator.Create() : null;
}
