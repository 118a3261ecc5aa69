using Microsoft.Extensions.Hosting;

namespace MatTran.LocalHost.Engine;

/// <summary>Runs the registered <see cref="LocalDurableEngine"/> for the lifetime of the host.</summary>
internal sealed class LocalDurableEngineService(LocalDurableEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    /// <summary>The host's shutdown timeout cancels the token; the engine then forces its stop.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}
