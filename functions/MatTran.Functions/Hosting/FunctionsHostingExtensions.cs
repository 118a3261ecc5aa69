using Azure.Core.Serialization;
using MatTran.Api.Hosting;
using MatTran.Functions.Http;
using MatTran.Functions.Maintenance;
using MatTran.Inspections.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MatTran.Functions.Hosting;

public static class FunctionsHostingExtensions
{
    /// <summary>
    /// A storage queue hides a message for at most 7 days, so the SDK splits longer durable timers into a chain of
    /// timers of at most this length — the same limit the local host's engine uses.
    /// </summary>
    public static readonly TimeSpan MaximumTimerInterval = TimeSpan.FromDays(6);

    /// <summary>
    /// Everything the Functions app registers: the shared API (<see cref="MatTranApiExtensions.AddMatTranApi"/>:
    /// storage, workflow services, access policy), the durable payload JSON, the per-invocation durable client the
    /// shared handlers take, the timer limit and the history purge. The API middleware is added in Program.cs.
    /// </summary>
    public static IHostApplicationBuilder AddMatTranFunctions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMatTranApi();
        var services = builder.Services;

        // The Durable extension builds its DataConverter from the worker's serializer (and deliberately ignores one
        // in DI), so this is how durable payloads get the same JSON as in the local host.
        services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(WorkflowJson.Options));
        services.Configure<DurableTaskWorkerOptions>(options => options.MaximumTimerInterval = MaximumTimerInterval);

        // Handlers take a DurableTaskClient as in the local host; here it is the invocation's [DurableClient] client,
        // which each HTTP function puts in RequestDurableClient (one code path in the handlers, no second DI client).
        // The shared OpenTelemetry set-up (AddMatTranApi) plus the worker's resource detector and invocation context.
        services.AddOpenTelemetry().UseFunctionsWorkerDefaults();

        services.AddScoped<RequestDurableClient>();
        services.AddScoped<DurableTaskClient>(provider => new InvocationDurableTaskClient(provider.GetRequiredService<RequestDurableClient>().Client));

        return builder;
    }
}
