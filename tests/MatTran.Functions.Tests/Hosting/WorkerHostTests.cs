using Azure.Core.Serialization;
using MatTran.Functions;
using MatTran.Functions.Hosting;
using MatTran.Functions.Http;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MatTran.Functions.Tests.Hosting;

/// <summary>
/// The worker host as Program.cs builds it (not run: running needs the Functions host's gRPC channel): its durable
/// payloads use the JSON the local host uses, long timers are split as there, and handlers get the invocation's client.
/// </summary>
[TestClass]
public sealed class WorkerHostTests
{
    [TestMethod]
    public void Durable_payloads_are_written_with_the_workflow_json_of_both_hosts()
    {
        using var host = BuildWorkerHost();

        var converter = host.Services.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.DataConverter;
        var clock = PlanClock.RealTime(new DateTime(2027, 1, 4, 1, 0, 0, DateTimeKind.Utc));
        string json = converter.Serialize(new AnnualPlanInput("325-KH", "Nguyễn Thị Lan", clock))!;

        StringAssert.Contains(json, "\"planId\":\"325-KH\"");
        Assert.AreEqual(new AnnualPlanInput("325-KH", "Nguyễn Thị Lan", clock), converter.Deserialize<AnnualPlanInput>(json));
        Assert.IsInstanceOfType<JsonObjectSerializer>(host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.Serializer);
    }

    [TestMethod]
    public void Timers_longer_than_six_days_are_chained()
    {
        using var host = BuildWorkerHost();

        Assert.AreEqual(TimeSpan.FromDays(6), host.Services.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.MaximumTimerInterval);
    }

    [TestMethod]
    public async Task Handlers_get_the_durable_client_their_invocation_bound()
    {
        using var host = BuildWorkerHost();
        // The kind of client [DurableClient] binds in Azure (it talks to the host over gRPC; nothing is called here).
        await using var bound = new GrpcDurableTaskClient("MatTran", new GrpcDurableTaskClientOptions { Address = "http://127.0.0.1:9" }, NullLogger.Instance);

        using (var invocation = host.Services.CreateScope())
        {
            invocation.ServiceProvider.GetRequiredService<RequestDurableClient>().Client = bound;
            var lent = invocation.ServiceProvider.GetRequiredService<DurableTaskClient>();
            Assert.IsInstanceOfType<InvocationDurableTaskClient>(lent);
            Assert.AreEqual(bound.Name, lent.Name);
        }

        // The scope ended without disposing the binding's client (DI would have disposed a client it handed out itself).

        using var unbound = host.Services.CreateScope();
        var failure = Assert.ThrowsExactly<InvalidOperationException>(() => unbound.ServiceProvider.GetRequiredService<DurableTaskClient>());
        StringAssert.Contains(failure.Message, "[DurableClient]");
    }

    private static IHost BuildWorkerHost()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["UnitLinks:SigningKey"] = Http.FunctionsApp.SigningKey,
        });
        builder.ConfigureFunctionsWebApplication();
        // The worker runs the extensions' startup (the Durable extension's among them) from the entry assembly,
        // which here is the test runner: run the app's generated executor as the worker would for MatTran.Functions.
        new WorkerExtensionStartupCodeExecutor().Configure(builder);
        builder.AddMatTranFunctions();
        builder.UseWhen<ApiRequestMiddleware>(ApiRequestMiddleware.AppliesTo);
        return builder.Build();
    }
}
