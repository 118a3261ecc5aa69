using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary>The SDK client over DurableTask.Core (<see cref="TaskHubClientAdapter"/>), against a running engine on Azurite.</summary>
[TestClass]
public sealed class TaskHubClientAdapterTests
{
    private static readonly DataConverter s_converter = JsonDataConverter.Default;
    private static readonly ApprovalRequest s_longWait = new(TimeSpan.FromHours(1));

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

        (RoundTrip<SampleRecord> result, RoundTripStatus<SampleRecord> status) = await RoundTripAsync(value, reply);

        Assert.IsTrue(value.Matches(result.Input), "input");
        Assert.IsTrue(value.Matches(result.FromActivity), "activity");
        Assert.IsTrue(value.Matches(status.Input), "custom status");
        Assert.IsTrue(reply.Matches(result.FromEvent), "event");
    }

    [TestMethod]
    public async Task An_int_travels_unchanged_through_input_activity_status_event_and_output()
    {
        (RoundTrip<int> result, RoundTripStatus<int> status) = await RoundTripAsync(325, 2027);

        Assert.AreEqual(new RoundTrip<int>(325, 325, 2027), result);
        Assert.AreEqual(325, status.Input);
    }

    [TestMethod]
    public async Task A_vietnamese_string_travels_unchanged_through_input_activity_status_event_and_output()
    {
        (RoundTrip<string> result, RoundTripStatus<string> status) = await RoundTripAsync("Ủy ban MTTQ xã", "Đã giải trình \"đầy đủ\"");

        Assert.AreEqual(new RoundTrip<string>("Ủy ban MTTQ xã", "Ủy ban MTTQ xã", "Đã giải trình \"đầy đủ\""), result);
        Assert.AreEqual("Ủy ban MTTQ xã", status.Input);
    }

    [TestMethod]
    public async Task Starting_an_instance_id_that_is_still_running_fails()
    {
        CancellationToken cancellation = Within(30);
        string id = Emulators.UniqueName("dup");
        await StartApprovalAsync(id, cancellation);

        // DurableTask.Core throws OrchestrationAlreadyExistsException, an InvalidOperationException like the SDK's.
        await Assert.ThrowsAsync<InvalidOperationException>(() => StartApprovalAsync(id, cancellation));

        await Client.TerminateInstanceAsync(id, cancellation);
    }

    [TestMethod]
    public async Task A_finished_instance_id_can_be_started_again()
    {
        CancellationToken cancellation = Within(30);
        string id = Emulators.UniqueName("again");
        await StartApprovalAsync(id, cancellation);
        await Client.TerminateInstanceAsync(id, cancellation);
        await Client.WaitForInstanceCompletionAsync(id, cancellation);

        await StartApprovalAsync(id, cancellation);
        await Client.RaiseEventAsync(id, ApprovalOrchestrator.EventName, "Ban Thường trực", cancellation);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual("approved by Ban Thường trực", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task A_scheduled_start_waits_until_its_start_time()
    {
        CancellationToken cancellation = Within(30);
        DateTimeOffset startAt = DateTimeOffset.UtcNow.AddSeconds(3);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(
            ClockOrchestrator.Name, input: null, new StartOrchestrationOptions { StartAt = startAt }, cancellation);

        OrchestrationMetadata before = (await Client.GetInstanceAsync(id, cancellation))!;
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        // The start message is hidden in its queue until then; queue visibility is set in whole seconds (truncated),
        // so the start may come up to a second early.
        Assert.AreEqual(OrchestrationRuntimeStatus.Pending, before.RuntimeStatus);
        DateTime ranAt = done.ReadOutputAs<DateTime>();
        Assert.IsTrue(ranAt >= startAt.UtcDateTime.AddSeconds(-1), $"ran at {ranAt:O}, due {startAt:O}");
    }

    [TestMethod]
    public async Task An_unknown_instance_reads_as_null()
    {
        Assert.IsNull(await Client.GetInstanceAsync(Emulators.UniqueName("none"), getInputsAndOutputs: true, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Inputs_and_outputs_are_read_only_when_asked_for()
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(SequenceOrchestrator.Name, new SequenceRequest("a"), cancellation);
        await Client.WaitForInstanceCompletionAsync(id, cancellation);

        OrchestrationMetadata without = (await Client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellation))!;
        OrchestrationMetadata with = (await Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation))!;

        Assert.AreEqual(SequenceOrchestrator.Name, without.Name);
        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, without.RuntimeStatus);
        Assert.IsNull(without.SerializedInput);
        Assert.IsNull(without.SerializedOutput);
        Assert.AreEqual(new SequenceRequest("a"), with.ReadInputAs<SequenceRequest>());
        CollectionAssert.AreEqual(new[] { "a>1", "a>1>2", "a>1>2>3" }, with.ReadOutputAs<string[]>());
    }

    [TestMethod]
    public async Task All_instances_are_listed_page_by_page()
    {
        CancellationToken cancellation = Within(30);
        string prefix = Emulators.UniqueName("page");
        string[] ids = Enumerable.Range(1, 5).Select(n => $"{prefix}-{n}").ToArray();
        foreach (string id in ids)
        {
            await Client.ScheduleNewOrchestrationInstanceAsync(ClockOrchestrator.Name, null, new StartOrchestrationOptions(id), cancellation);
        }

        foreach (string id in ids)
        {
            await Client.WaitForInstanceCompletionAsync(id, cancellation);
        }

        var pages = new List<Page<OrchestrationMetadata>>();
        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = 2, FetchInputsAndOutputs = true };
        await foreach (Page<OrchestrationMetadata> page in Client.GetAllInstancesAsync(query).AsPages().WithCancellation(cancellation))
        {
            pages.Add(page);
        }

        List<OrchestrationMetadata> listed = pages.SelectMany(page => page.Values).ToList();
        Assert.IsGreaterThanOrEqualTo(3, pages.Count, "five instances in pages of two");
        CollectionAssert.AreEquivalent(ids, listed.Select(item => item.InstanceId).ToArray());
        Assert.IsTrue(listed.All(item => item.RuntimeStatus == OrchestrationRuntimeStatus.Completed && item.ReadOutputAs<DateTime>() != default));
    }

    [TestMethod]
    public async Task A_terminated_instance_keeps_the_termination_output()
    {
        CancellationToken cancellation = Within(30);
        string id = await StartApprovalAsync(Emulators.UniqueName("stop"), cancellation);
        await Client.WaitForInstanceStartAsync(id, cancellation);

        await Client.TerminateInstanceAsync(id, "Kế hoạch đã hủy", cancellation);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.AreEqual("Kế hoạch đã hủy", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task A_suspended_instance_keeps_its_event_until_resumed()
    {
        CancellationToken cancellation = Within(30);
        string id = await StartApprovalAsync(Emulators.UniqueName("pause"), cancellation);
        await WaitForCustomStatusAsync<string>(id, cancellation);

        await Client.SuspendInstanceAsync(id, "chờ họp", cancellation);
        await Eventually.WaitForAsync(
            () => Client.GetInstanceAsync(id, cancellation), state => state!.RuntimeStatus == OrchestrationRuntimeStatus.Suspended, cancellation);
        await Client.RaiseEventAsync(id, ApprovalOrchestrator.EventName, "Chủ tịch", cancellation);
        OrchestrationMetadata stillSuspended = (await Client.GetInstanceAsync(id, cancellation))!;
        await Client.ResumeInstanceAsync(id, "đã họp", cancellation);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual(OrchestrationRuntimeStatus.Suspended, stillSuspended.RuntimeStatus);
        Assert.AreEqual("approved by Chủ tịch", done.ReadOutputAs<string>());
    }

    [TestMethod]
    public async Task A_purged_instance_is_gone()
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(ClockOrchestrator.Name, cancellation);
        await Client.WaitForInstanceCompletionAsync(id, cancellation);

        PurgeResult result = await Client.PurgeInstanceAsync(id, cancellation);

        Assert.AreEqual(1, result.PurgedInstanceCount);
        Assert.IsNull(await Client.GetInstanceAsync(id, cancellation));
    }

    [TestMethod]
    public async Task A_running_instance_cannot_be_purged()
    {
        CancellationToken cancellation = Within(30);
        string id = await StartApprovalAsync(Emulators.UniqueName("busy"), cancellation);

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.PurgeInstanceAsync(id, cancellation));

        await Client.TerminateInstanceAsync(id, cancellation);
    }

    [TestMethod]
    public async Task Operations_the_app_does_not_use_say_they_are_not_supported()
    {
        CancellationToken cancellation = TestContext.CancellationToken;

        Assert.ThrowsExactly<NotSupportedException>(() => Client.Entities);
        await Assert.ThrowsExactlyAsync<NotSupportedException>(() => Client.RewindInstanceAsync("x", "why", cancellation));
        await Assert.ThrowsExactlyAsync<NotSupportedException>(() => Client.RestartAsync("x", cancellation: cancellation));
        await Assert.ThrowsExactlyAsync<NotSupportedException>(() => Client.GetOrchestrationHistoryAsync("x", cancellation));
        await Assert.ThrowsExactlyAsync<NotSupportedException>(
            () => Client.TerminateInstanceAsync("x", new TerminateInstanceOptions { Recursive = true }, cancellation));
    }

    private static Task<string> StartApprovalAsync(string id, CancellationToken cancellation) =>
        Client.ScheduleNewOrchestrationInstanceAsync(ApprovalOrchestrator.Name, s_longWait, new StartOrchestrationOptions(id), cancellation);

    private async Task<(RoundTrip<T> Result, RoundTripStatus<T> Status)> RoundTripAsync<T>(T input, T eventPayload)
    {
        CancellationToken cancellation = Within(30);
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(RoundTripOrchestrator<T>.Name, input, cancellation);

        (OrchestrationMetadata waiting, RoundTripStatus<T> status) = await WaitForCustomStatusAsync<RoundTripStatus<T>>(id, cancellation);
        Assert.AreEqual(RoundTripOrchestrator<T>.EventName, status.WaitingFor);
        Assert.AreEqual(s_converter.Serialize(input), waiting.SerializedInput, "the input is stored as the SDK serialized it, once");

        await Client.RaiseEventAsync(id, RoundTripOrchestrator<T>.EventName, eventPayload, cancellation);
        OrchestrationMetadata done = await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellation);

        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus, done.FailureDetails?.ToString());
        return (done.ReadOutputAs<RoundTrip<T>>()!, status);
    }

    /// <summary>Before the orchestrator sets a custom status, the SDK stores the JSON <c>null</c>.</summary>
    private static async Task<(OrchestrationMetadata State, T Status)> WaitForCustomStatusAsync<T>(string id, CancellationToken cancellation)
    {
        OrchestrationMetadata? state = await Eventually.WaitForAsync(
            () => Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation),
            state => state?.SerializedCustomStatus is { } status && status != "null",
            cancellation);
        return (state!, state!.ReadCustomStatusAs<T>()!);
    }

    private CancellationToken Within(int seconds) => Eventually.Within(TimeSpan.FromSeconds(seconds), TestContext.CancellationToken);
}
