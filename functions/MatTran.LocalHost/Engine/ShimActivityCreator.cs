using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// Makes a new activity instance for each call, its constructor dependencies taken from the root service provider
/// (activities hold no per-call state), wrapped in the SDK's shim.
/// </summary>
internal sealed class ShimActivityCreator : ObjectCreator<TaskActivity>
{
    private readonly Type _type;
    private readonly DurableTaskShimFactory _shims;
    private readonly IServiceProvider _services;

    public ShimActivityCreator(string name, Type type, DurableTaskShimFactory shims, IServiceProvider services)
    {
        Name = name;
        Version = string.Empty;
        _type = type;
        _shims = shims;
        _services = services;
    }

    public override TaskActivity Create() =>
        _shims.CreateActivity(new TaskName(Name), (ITaskActivity)ActivatorUtilities.CreateInstance(_services, _type));
}
