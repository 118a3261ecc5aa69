using MatTran.Durable.Replay;
using static MatTran.Durable.Tests.Replay.History;

namespace MatTran.Durable.Tests.Replay;

[TestClass]
public sealed class TimerAndEventReplayTests
{
    private static readonly DateTimeOffset Due = T0.AddDays(3);

    /// <summary>The inspection pattern: wait for the self-report until its due date, cancel the loser.</summary>
    private static async Task<string> ReportOrDeadline(TaskOrchestrationContext ctx, string input)
    {
        using var cts = new CancellationTokenSource();
        var report = ctx.WaitForExternalEvent<string>("SelfReportSubmitted", cts.Token);
        var timeout = ctx.CreateTimer(Due.UtcDateTime, cts.Token);
        if (await Task.WhenAny(report, timeout) == timeout)
        {
            cts.Cancel();
            return $"overdue; event wait cancelled={report.IsCanceled}";
        }

        cts.Cancel();
        return $"report {report.Result}; timer cancelled={timeout.IsCanceled}";
    }

    [TestMethod]
    public void Absolute_timer_is_scheduled_for_its_due_time()
    {
        var result = Run<string, string>(ReportOrDeadline, [], Started(T0), Execution("x"));

        Assert.AreEqual(Due, result.Actions.Single().FireAt);
    }

    [TestMethod]
    public void Relative_timer_is_due_after_the_delay_from_current_time()
    {
        static async Task<DateTime> Relative(TaskOrchestrationContext ctx, string input)
        {
            await ctx.CreateTimer(TimeSpan.FromHours(5), CancellationToken.None);
            return ctx.CurrentUtcDateTime;
        }

        var result = Run<string, DateTime>(Relative, [], Started(T0.AddMinutes(1)), Execution("x"));

        Assert.AreEqual(T0.AddMinutes(1).AddHours(5), result.Actions.Single().FireAt);
    }

    [TestMethod]
    public void Event_winning_the_race_cancels_the_timer()
    {
        var result = Run<string, string>(
            ReportOrDeadline, [Started(T0), Execution("x"), TimerCreated(0, Due)], Started(T0), Raised("SelfReportSubmitted", "r1"));

        Assert.AreEqual("report r1; timer cancelled=True", result.Output<string>());
    }

    [TestMethod]
    public void Timer_winning_the_race_cancels_the_event_wait()
    {
        var result = Run<string, string>(
            ReportOrDeadline, [Started(T0), Execution("x"), TimerCreated(0, Due)], Started(Due), Fired(0, Due));

        Assert.AreEqual("overdue; event wait cancelled=True", result.Output<string>());
    }

    [TestMethod]
    public void Cancelled_timer_firing_later_is_ignored()
    {
        static async Task<string> CancelThenWait(TaskOrchestrationContext ctx, string input)
        {
            using var cts = new CancellationTokenSource();
            var timer = ctx.CreateTimer(Due.UtcDateTime, cts.Token);
            cts.Cancel();
            return await ctx.WaitForExternalEvent<string>("Go");
        }

        var result = Run<string, string>(
            CancelThenWait, [Started(T0), Execution("x"), TimerCreated(0, Due)], Started(Due), Fired(0, Due));

        Assert.AreEqual(OrchestrationRuntimeStatus.Running, result.Status);
    }

    [TestMethod]
    public void Event_raised_before_it_is_awaited_is_buffered()
    {
        static async Task<string> ActivityThenEvent(TaskOrchestrationContext ctx, string input)
        {
            await ctx.CallActivityAsync("Notify", input);
            return await ctx.WaitForExternalEvent<string>("Approved");
        }

        var result = Run<string, string>(
            ActivityThenEvent,
            [Started(T0), Execution("x"), Scheduled(0, "Notify"), Started(T0), Raised("Approved", "yes")],
            Started(T0), Completed(0, null));

        Assert.AreEqual("yes", result.Output<string>());
    }

    [TestMethod]
    public void Two_events_of_one_name_are_received_first_in_first_out()
    {
        static async Task<string> TwoEvents(TaskOrchestrationContext ctx, string input)
        {
            var first = await ctx.WaitForExternalEvent<string>("Feedback");
            var second = await ctx.WaitForExternalEvent<string>("feedback");
            return first + "," + second;
        }

        var result = Run<string, string>(TwoEvents, [], Started(T0), Execution("x"), Raised("Feedback", "1"), Raised("Feedback", "2"));

        Assert.AreEqual("1,2", result.Output<string>());
    }

    [TestMethod]
    public void Wait_with_timeout_throws_TaskCanceledException_when_the_timer_fires()
    {
        static async Task<string> Timeout(TaskOrchestrationContext ctx, string input)
        {
            try
            {
                return await ctx.WaitForExternalEvent<string>("Ack", TimeSpan.FromDays(1));
            }
            catch (TaskCanceledException)
            {
                return "timed out";
            }
        }

        var fireAt = T0.AddDays(1);
        var result = Run<string, string>(
            Timeout, [Started(T0), Execution("x"), TimerCreated(0, fireAt)], Started(fireAt), Fired(0, fireAt));

        Assert.AreEqual("timed out", result.Output<string>());
    }

    [TestMethod]
    public void Wait_with_timeout_returns_the_event_when_it_arrives_first()
    {
        static Task<string> Timeout(TaskOrchestrationContext ctx, string input) =>
            ctx.WaitForExternalEvent<string>("Ack", TimeSpan.FromDays(1));

        var result = Run<string, string>(
            Timeout, [Started(T0), Execution("x"), TimerCreated(0, T0.AddDays(1))], Started(T0), Raised("Ack", "ok"));

        Assert.AreEqual("ok", result.Output<string>());
    }

    [TestMethod]
    public void Cancelled_wait_leaves_the_next_event_for_the_next_waiter()
    {
        static async Task<string> CancelledWait(TaskOrchestrationContext ctx, string input)
        {
            using var cts = new CancellationTokenSource();
            var abandoned = ctx.WaitForExternalEvent<string>("Vote", cts.Token);
            cts.Cancel();
            return await ctx.WaitForExternalEvent<string>("Vote");
        }

        var result = Run<string, string>(CancelledWait, [], Started(T0), Execution("x"), Raised("Vote", "A"));

        Assert.AreEqual("A", result.Output<string>());
    }

    [TestMethod]
    public void Event_payload_is_deserialised_to_the_awaited_type()
    {
        static async Task<int> Typed(TaskOrchestrationContext ctx, string input) =>
            (await ctx.WaitForExternalEvent<SelfReport>("Report")).Pages;

        var result = Run<string, int>(Typed, [], Started(T0), Execution("x"), Raised("Report", new SelfReport("unit", 12)));

        Assert.AreEqual(12, result.Output<int>());
    }

    [TestMethod]
    public void Timer_completes_when_it_fires()
    {
        static async Task<DateTime> Sleep(TaskOrchestrationContext ctx, string input)
        {
            await ctx.CreateTimer(TimeSpan.FromDays(400), CancellationToken.None);
            return ctx.CurrentUtcDateTime;
        }

        var fireAt = T0.AddDays(400);
        var result = Run<string, DateTime>(
            Sleep, [Started(T0), Execution("x"), TimerCreated(0, fireAt)], Started(fireAt), Fired(0, fireAt));

        Assert.AreEqual(fireAt.UtcDateTime, result.Output<DateTime>());
    }

    private sealed record SelfReport(string Unit, int Pages);
}
