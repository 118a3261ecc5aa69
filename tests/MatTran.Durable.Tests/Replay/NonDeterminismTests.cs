using static MatTran.Durable.Tests.Replay.History;

namespace MatTran.Durable.Tests.Replay;

[TestClass]
public sealed class NonDeterminismTests
{
    [TestMethod]
    public void Different_activity_name_fails_naming_expected_and_actual_call()
    {
        static Task<string> Changed(TaskOrchestrationContext ctx, string input) => ctx.CallActivityAsync<string>("SendReminder", input);

        var result = Run<string, string>(Changed, [Started(T0), Execution("x"), Scheduled(0, "SendNotice")], Started(T0), Completed(0, "ok"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, result.Status);
        Assert.AreEqual(typeof(NonDeterministicOrchestrationException).FullName, result.Failure!.ErrorType);
        StringAssert.Contains(result.Failure.ErrorMessage, "expects CallActivity 'SendNotice' (#0)");
        StringAssert.Contains(result.Failure.ErrorMessage, "produced CallActivity 'SendReminder' (#0)");
    }

    [TestMethod]
    public void Timer_in_place_of_an_activity_is_detected()
    {
        static async Task<string> Changed(TaskOrchestrationContext ctx, string input)
        {
            await ctx.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
            return "";
        }

        var result = Run<string, string>(Changed, [Started(T0), Execution("x"), Scheduled(0, "SendNotice")], Started(T0), Completed(0, "ok"));

        StringAssert.Contains(result.Failure!.ErrorMessage, "produced CreateTimer");
        Assert.IsEmpty(result.Actions);
    }

    [TestMethod]
    public void Missing_call_on_replay_is_detected()
    {
        static Task<string> Changed(TaskOrchestrationContext ctx, string input) => ctx.WaitForExternalEvent<string>("Never");

        var result = Run<string, string>(Changed, [Started(T0), Execution("x"), Scheduled(0, "SendNotice")], Started(T0), Completed(0, "ok"));

        StringAssert.Contains(result.Failure!.ErrorMessage, "produced no further action");
    }
}
