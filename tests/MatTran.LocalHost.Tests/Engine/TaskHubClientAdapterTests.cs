using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary>The SDK client over DurableTask.Core, against a running engine on Azurite.</summary>
[TestClass]
public sealed class TaskHubClientAdapterTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private static readonly DataConverter s_converter = JsonDataConverter.Default;

    private static ServiceProvider? s_services;
    private static ILoggerFactory? s_logging;
    private static LocalDurableEngine? s_engine;

    private static DurableTaskClient Client => s_engine!.Client;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        s_services = TestEngines.Services();
        s_logging = TestEngines.Logging();
        s_engine = await TestEngines.StartAsync(Emulators.UniqueName("client"), s_services, s_logging, context.CancellationToken);
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (s_engine is not null)
        {
            await s_engine.DisposeAsync();
        }

        s_services?.Dispose();
        s_logging?.Dispose();
    }

    [TestMethod]
    public async Task A_record_travels_unchanged_through_input_activity_status_event_and_output()
    {
        var value = new SampleRecord("Ủy ban MTTQ xã Tân Phú", 27, 12_500_000.50m, new DateOnly(1930, 11, 18),
            ["Quỹ Vì người nghèo", "Nhà Đại đoàn kết"]);
        var reply = value with { Committee = "Ban công tác Mặt trận khu dân cư số 3", Members = 9 };

        RoundTrip<SampleRecord> result = await RoundTripAsync(value, reply);

        Assert.IsTrue(value.Matches(result.Input), "input");
        Assert.IsTrue(value.Matches(result.FromActivity), "activity");
        Assert.IsTrue(reply.Matches(result.FromEvent), "event");
    }

    [TestMethod]
    public async Task An_int_travels_unchanged_through_input_activity_status_event_and_output()
    {
        RoundTrip<int> result = await RoundTripAsync(325, 2027);

        Assert.AreEqual(new RoundTrip<int>(325, 325, 2027), result);
    }

    [TestMethod]
    public async Task A_vietnamese_string_travels_unchanged_through_input_activity_status_event_and_output()
    {
        RoundTrip<string> result = await RoundTripAsync("Ủy ban MTTQ xã", "Đã giải trình \"đầy đủ\"");

        Assert.AreEqual(new RoundTrip<string>("Ủy ban MTTQ xã", "Ủy ban MTTQ xã", "Đã giải trình \"đầy đủ\""), result);
    }

    private async Task<RoundTrip<T>> RoundTripAsync<T>(T input, T eventPayload)
    {
        CancellationToken cancellation = Cancellation();
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(RoundTripOrchestrator<T>.Name, input, cancellation);

        OrchestrationMetadata waiting = await WaitForCustomStatusAsync(id, cancellation);
        RoundTripStatus<T> status = waiting.ReadCustomStatusAs<RoundTripStatus<T>>()!;
        Assert.IsTrue(Equals(input, status.Input) || (input is SampleRecord record && record.Matches(status.Input as SampleRecord)), "custom status");
        Assert.AreEqual(RoundTripOrchestrator<T>.EventName, status.WaitingFor);
        Assert.AreEqual(s_converter.Serialize(input), waiting.SerializedInput, "the input is stored as the SDK serialized it, once");

        await Client.RaiseEventAsync(id, RoundTripOrchestrator<T>.EventName, eventPayload, cancellation);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus, done.FailureDetails?.ToString());
        return done.ReadOutputAs<RoundTrip<T>>()!;
    }

    private async Task<OrchestrationMetadata> WaitForCustomStatusAsync(string id, CancellationToken cancellation)
    {
        while (true)
        {
            // Before the orchestrator sets one, the SDK stores the JSON null as custom status.
            if (await Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation) is { SerializedCustomStatus: { } status } state
                && status != "null")
            {
                return state;
            }

            await Task.Delay(50, cancellation);
        }
    }

    private CancellationToken Cancellation()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CancellationToken);
        source.CancelAfter(s_timeout);
        return source.Token;
    }
}
