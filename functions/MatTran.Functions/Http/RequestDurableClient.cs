using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Http;

/// <summary>
/// The <see cref="DurableTaskClient"/> of the current invocation. In the Functions host a client comes only from the
/// <c>[DurableClient]</c> binding (it talks to the host's Durable extension over the invocation's gRPC channel), never
/// from DI, while the shared handlers take a <see cref="DurableTaskClient"/> parameter resolved from request services
/// as in the local host. Each HTTP function puts its bound client here (scoped per invocation), and the scoped
/// <see cref="DurableTaskClient"/> registration reads it back, so the handlers have one code path in both hosts.
/// </summary>
public sealed class RequestDurableClient
{
    private DurableTaskClient? _client;

    public DurableTaskClient Client
    {
        get => _client ?? throw new InvalidOperationException(
            "No durable client for this invocation: only HTTP functions that bind [DurableClient] can run handlers that start or signal workflows.");
        set => _client = value ?? throw new ArgumentNullException(nameof(value));
    }
}
