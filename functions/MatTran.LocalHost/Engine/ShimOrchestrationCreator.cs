using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// Makes a new orchestrator instance for each episode and wraps it in the SDK's own shim, so the SDK (not this
/// project) replays it on DurableTask.Core. The parent instance is not known here (DurableTask.Core does not pass
/// the runtime state to object creators), so <c>TaskOrchestrationContext.Parent</c> is null in sub-orchestrations;
/// the app does not read it.
/// </summary>
internal sealed class ShimOrchestrationCreator : ObjectCreator<TaskOrchestration>
{
    private readonly Type _type;
    private readonly DurableTaskShimFactory _shims;
    private readonly IServiceProvider _services;

    public ShimOrchestrationCreator(string name, Type type, DurableTaskShimFactory shims, IServiceProvider services)
    {
        Name = name;
        Version = string.Empty;
        _type = type;
        _shims = shims;
        _services = services;
    }

    public override TaskOrchestration Create() =>
        _shims.CreateOrchestration(new TaskName(Name), (ITaskOrchestrator)ActivatorUtilities.CreateInstance(_services, _type));
}
