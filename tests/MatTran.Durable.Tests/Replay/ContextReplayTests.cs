using MatTran.Durable.Replay;
using Microsoft.Extensions.Logging;
using static MatTran.Durable.Tests.Replay.History;

namespace MatTran.Durable.Tests.Replay;

[TestClass]
public sealed class ContextReplayTests
{
    [TestMethod]
    public void CurrentUtcDateTime_is_the_time_of_the_episode_being_replayed()
    {
        var times = new List<DateTime>();
        async Task<string> Record(TaskOrchestrationContext ctx, string input)
        {
            times.Add(ctx.CurrentUtcDateTime);
            await ctx.CallActivityAsync("A");
            times.Add(ctx.CurrentUtcDateTime);
            return "";
        }

        Run<string, string>(Record, [Started(T0), Execution("x"), Scheduled(0, "A")], Started(T0.AddHours(2)), Completed(0, null));

        CollectionAssert.AreEqual(new[] { T0.UtcDateTime, T0.AddHours(2).UtcDateTime }, times);
    }

    [TestMethod]
    public void IsReplaying_is_true_only_for_code_that_ran_in_an_earlier_episode()
    {
        var flags = new List<bool>();
        async Task<string> Record(TaskOrchestrationContext ctx, string input)
        {
            flags.Add(ctx.IsReplaying);
            await ctx.CallActivityAsync("A");
            flags.Add(ctx.IsReplaying);
            return "";
        }

        Run<string, string>(Record, [Started(T0), Execution("x"), Scheduled(0, "A")], Started(T0), Completed(0, null));

        CollectionAssert.AreEqual(new[] { true, false }, flags);
    }

    [TestMethod]
    public void Replay_safe_logger_writes_each_line_once_across_replays()
    {
        var sink = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(sink));
        static async Task<string> Logging(TaskOrchestrationContext ctx, string input)
        {
            var log = ctx.CreateReplaySafeLogger("Inspection");
            log.LogInformation("before");
            await ctx.CallActivityAsync("A");
            log.LogInformation("after");
            return "";
        }

        var orchestrator = new MatTran.Durable.Registration.FuncOrchestrator<string, string>(Logging);
        new OrchestrationExecutor(orchestrator, factory).Execute(
            [Started(T0), Execution("x"), Scheduled(0, "A")], [Started(T0), Completed(0, null)]);

        CollectionAssert.AreEqual(new[] { "after" }, sink.Lines);
    }

    [TestMethod]
    public void NewGuid_is_the_same_on_replay_and_different_per_call()
    {
        static async Task<Guid[]> Guids(TaskOrchestrationContext ctx, string input)
        {
            var first = ctx.NewGuid();
            var second = ctx.NewGuid();
            await ctx.CallActivityAsync("A");
            return [first, second];
        }

        var firstRun = Run<string, Guid[]>(Guids, [Started(T0), Execution("x"), Scheduled(0, "A")], Started(T0), Completed(0, null));
        var secondRun = Run<string, Guid[]>(Guids, [Started(T0), Execution("x"), Scheduled(0, "A")], Started(T0), Completed(0, null));

        var a = firstRun.Output<Guid[]>()!;
        CollectionAssert.AreEqual(a, secondRun.Output<Guid[]>());
        Assert.AreNotEqual(a[0], a[1]);
        Assert.AreEqual(5, a[0].Version);
    }

    [TestMethod]
    public void Name_based_guid_matches_the_RFC_4122_version_5_example()
    {
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.AreEqual(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), DeterministicGuid.Create(dns, "www.example.com"));
    }

    [TestMethod]
    public void Name_version_instance_and_parent_come_from_ExecutionStarted()
    {
        static Task<string> Identify(TaskOrchestrationContext ctx, string input) =>
            Task.FromResult($"{ctx.Name}|{ctx.Version}|{ctx.InstanceId}|{ctx.Parent?.InstanceId}|{ctx.GetInput<string>()}");

        var started = Execution("in", version: "2", instanceId: "child-1", name: "Remediation") with
        {
            Parent = new ParentOrchestrationInstance("Inspection", "insp-9"),
        };
        var result = Run<string, string>(Identify, [], Started(T0), started);

        Assert.AreEqual("Remediation|2|child-1|insp-9|in", result.Output<string>());
    }

    [TestMethod]
    public void Last_custom_status_of_the_episode_is_reported()
    {
        static async Task<string> Status(TaskOrchestrationContext ctx, string input)
        {
            ctx.SetCustomStatus("Notice sent");
            await ctx.CallActivityAsync("A");
            ctx.SetCustomStatus(new { stage = "AwaitingReport" });
            return await ctx.WaitForExternalEvent<string>("Report");
        }

        var result = Run<string, string>(Status, [Started(T0), Execution("x"), Scheduled(0, "A")], Started(T0), Completed(0, null));

        Assert.AreEqual("{\"stage\":\"AwaitingReport\"}", result.CustomStatus);
    }

    [TestMethod]
    public void SendEvent_schedules_an_event_for_another_instance()
    {
        static Task<string> Send(TaskOrchestrationContext ctx, string input)
        {
            ctx.SendEvent("insp-3", "PlanClosed", new { year = 2025 });
            return Task.FromResult("sent");
        }

        var action = Run<string, string>(Send, [], Started(T0), Execution("x")).Actions.Single();

        Assert.AreEqual((OrchestratorActionType.SendEvent, "insp-3", "PlanClosed", "{\"year\":2025}"), (action.ActionType, action.InstanceId, action.Name, action.Input));
    }

    [TestMethod]
    public void ContinueAsNew_restarts_with_the_new_input_and_carries_unawaited_events()
    {
        static async Task<int> Counter(TaskOrchestrationContext ctx, int n)
        {
            await ctx.WaitForExternalEvent<string>("Tick");
            ctx.ContinueAsNew(n + 1);
            return n;
        }

        var result = Run<int, int>(Counter, [Started(T0), Execution(4)], Started(T0), Raised("Tick", "a"), Raised("Tick", "b"));

        Assert.AreEqual(OrchestrationRuntimeStatus.ContinuedAsNew, result.Status);
        Assert.AreEqual(5, result.Output<int>());
        Assert.AreEqual("\"b\"", result.CarryoverEvents.Single().Payload);
    }

    [TestMethod]
    public void ContinueAsNew_without_preserving_drops_unawaited_events()
    {
        static Task<int> Counter(TaskOrchestrationContext ctx, int n)
        {
            ctx.ContinueAsNew(n + 1, preserveUnprocessedEvents: false);
            return Task.FromResult(n);
        }

        var result = Run<int, int>(Counter, [], Started(T0), Execution(1), Raised("Tick", "a"));

        Assert.IsEmpty(result.CarryoverEvents);
    }

    [TestMethod]
    public void Carried_over_events_are_delivered_to_the_next_execution()
    {
        static Task<string> Next(TaskOrchestrationContext ctx, int n) => ctx.WaitForExternalEvent<string>("Tick");

        var started = Execution(5) with { CarryoverEvents = [Raised("Tick", "b")] };
        var result = Run<int, string>(Next, [], Started(T0), started);

        Assert.AreEqual("b", result.Output<string>());
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(Lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Add(formatter(state, exception));
        }
    }
}
