using DurableTask.Core;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// Hands DurableTask.Core a fresh object per episode or call, made by <paramref name="create"/> (an SDK orchestrator
/// or activity wrapped in the SDK's own shim, so the SDK, not this project, replays it on DurableTask.Core).
/// </summary>
internal sealed class ShimObjectCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    public ShimObjectCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        _create = create;
    }

    public override T Create() => _create();
}
