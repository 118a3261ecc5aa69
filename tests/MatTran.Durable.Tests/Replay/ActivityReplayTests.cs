using MatTran.Durable.Replay;
using static MatTran.Durable.Tests.Replay.History;

namespace MatTran.Durable.Tests.Replay;

[TestClass]
public sealed class ActivityReplayTests
{
    private static async Task<string> Sequence(TaskOrchestrationContext ctx, string name)
    {
        var a = await ctx.CallActivityAsync<string>("Hello", name);
        var b = await ctx.CallActivityAsync<string>("Hello", a);
        return b + "!";
    }

    [TestMethod]
    public void First_episode_schedules_the_first_activity_with_its_input()
    {
        var result = Run<string, string>(Sequence, [], Started(T0), Execution("Hà Nội"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Running, result.Status);
        var action = result.Actions.Single();
        Assert.AreEqual(OrchestratorActionType.CallActivity, action.ActionType);
        Assert.AreEqual("Hello", action.Name);
        Assert.AreEqual(0, action.Id);
        Assert.AreEqual("\"Hà Nội\"", action.Input);
    }

    [TestMethod]
    public void Activity_result_feeds_the_next_call_and_replayed_calls_are_not_scheduled_again()
    {
        var result = Run<string, string>(
            Sequence, [Started(T0), Execution("x"), Scheduled(0, "Hello")], Started(T0), Completed(0, "hello x"));

        var action = result.Actions.Single();
        Assert.AreEqual(1, action.Id);
        Assert.AreEqual("\"hello x\"", action.Input);
    }

    [TestMethod]
    public void Sequence_completes_with_the_orchestrator_output()
    {
        var result = Run<string, string>(
            Sequence,
            [Started(T0), Execution("x"), Scheduled(0, "Hello"), Started(T0), Completed(0, "a"), Scheduled(1, "Hello")],
            Started(T0),
            Completed(1, "b"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Completed, result.Status);
        Assert.AreEqual("b!", result.Output<string>());
        Assert.IsEmpty(result.Actions);
    }

    [TestMethod]
    public void Fan_out_schedules_all_calls_in_one_episode_and_fan_in_keeps_call_order()
    {
        static async Task<int[]> FanOut(TaskOrchestrationContext ctx, int n) =>
            await Task.WhenAll(Enumerable.Range(0, n).Select(i => ctx.CallActivityAsync<int>("Square", i)));

        var first = Run<int, int[]>(FanOut, [], Started(T0), Execution(3));
        CollectionAssert.AreEqual(new[] { 0, 1, 2 }, first.Actions.Select(a => a.Id).ToArray());

        var done = Run<int, int[]>(
            FanOut,
            [Started(T0), Execution(3), Scheduled(0, "Square"), Scheduled(1, "Square"), Scheduled(2, "Square")],
            Started(T0), Completed(2, 4), Completed(0, 0), Completed(1, 1));
        CollectionAssert.AreEqual(new[] { 0, 1, 4 }, done.Output<int[]>());
    }

    [TestMethod]
    public void Caught_activity_failure_arrives_as_TaskFailedException_with_details()
    {
        static async Task<string> Catching(TaskOrchestrationContext ctx, string input)
        {
            try
            {
                await ctx.CallActivityAsync("Fragile", input);
                return "no failure";
            }
            catch (TaskFailedException failed)
            {
                return $"{failed.TaskName}|{failed.TaskId}|{failed.FailureDetails.ErrorMessage}|{failed.FailureDetails.IsCausedBy<InvalidOperationException>()}";
            }
        }

        var result = Run<string, string>(
            Catching, [Started(T0), Execution("x"), Scheduled(0, "Fragile")], Started(T0), Failed(0, "disk full"));

        Assert.AreEqual("Fragile|0|disk full|True", result.Output<string>());
    }

    [TestMethod]
    public void Uncaught_activity_failure_fails_the_orchestration_with_the_cause_inside()
    {
        var result = Run<string, string>(
            Sequence, [Started(T0), Execution("x"), Scheduled(0, "Hello")], Started(T0), Failed(0, "disk full"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, result.Status);
        Assert.AreEqual(typeof(TaskFailedException).FullName, result.Failure!.ErrorType);
        Assert.AreEqual("disk full", result.Failure.InnerFailure!.ErrorMessage);
    }

    [TestMethod]
    public void Orchestrator_exception_fails_the_orchestration_with_its_type_and_message()
    {
        static Task<string> Throwing(TaskOrchestrationContext ctx, string input) =>
            throw new ArgumentException("bad plan number");

        var result = Run<string, string>(Throwing, [], Started(T0), Execution("x"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Failed, result.Status);
        Assert.AreEqual(typeof(ArgumentException).FullName, result.Failure!.ErrorType);
        Assert.AreEqual("bad plan number", result.Failure.ErrorMessage);
    }

    [TestMethod]
    public void Redundant_completion_for_an_unknown_task_is_ignored()
    {
        var result = Run<string, string>(
            Sequence, [Started(T0), Execution("x"), Scheduled(0, "Hello")], Started(T0), Completed(7, "stray"));

        Assert.AreEqual(OrchestrationRuntimeStatus.Running, result.Status);
        Assert.IsEmpty(result.Actions);
    }
}
