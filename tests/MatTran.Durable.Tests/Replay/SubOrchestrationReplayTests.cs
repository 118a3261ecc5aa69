using MatTran.Durable.Replay;
using static MatTran.Durable.Tests.Replay.History;

namespace MatTran.Durable.Tests.Replay;

[TestClass]
public sealed class SubOrchestrationReplayTests
{
    [TestMethod]
    public void Child_without_explicit_id_gets_parent_id_and_sequence_number()
    {
        static async Task<string> Parent(TaskOrchestrationContext ctx, string input)
        {
            await ctx.CallActivityAsync("Prepare");
            return await ctx.CallSubOrchestratorAsync<string>("Child", input);
        }

        var result = Run<string, string>(
            Parent, [Started(T0), Execution("x", instanceId: "plan-7"), Scheduled(0, "Prepare")], Started(T0), Completed(0, null));

        var action = result.Actions.Single();
        Assert.AreEqual(OrchestratorActionType.CallSubOrchestrator, action.ActionType);
        Assert.AreEqual("plan-7:1", action.InstanceId);
    }

    [TestMethod]
    public void Child_with_explicit_id_and_version_keeps_them()
    {
        static Task<string> Parent(TaskOrchestrationContext ctx, string input) =>
            ctx.CallSubOrchestratorAsync<string>("Child", input, new SubOrchestrationOptions(instanceId: "insp-42") { Version = "2" });

        var action = Run<string, string>(Parent, [], Started(T0), Execution("x")).Actions.Single();

        Assert.AreEqual("insp-42", action.InstanceId);
        Assert.AreEqual("2", action.Version);
    }

    [TestMethod]
    public void Child_result_completes_the_parent_call()
    {
        static Task<string> Parent(TaskOrchestrationContext ctx, string input) => ctx.CallSubOrchestratorAsync<string>("Child", input);

        var result = Run<string, string>(
            Parent, [Started(T0), Execution("x"), SubCreated(0, "Child", "inst-1:0")], Started(T0), SubCompleted(0, "child done"));

        Assert.AreEqual("child done", result.Output<string>());
    }

    [TestMethod]
    public void Child_failure_arrives_as_TaskFailedException()
    {
        static async Task<string> Parent(TaskOrchestrationContext ctx, string input)
        {
            try
            {
                return await ctx.CallSubOrchestratorAsync<string>("Child", input);
            }
            catch (TaskFailedException failed)
            {
                return failed.FailureDetails.ErrorMessage;
            }
        }

        var failure = new HistoryEvent
        {
            EventType = HistoryEventType.SubOrchestrationFailed, Timestamp = T0, TaskScheduledId = 0,
            Failure = new TaskFailureDetails("X", "child broke"),
        };
        var result = Run<string, string>(
            Parent, [Started(T0), Execution("x"), SubCreated(0, "Child", "inst-1:0")], Started(T0), failure);

        Assert.AreEqual("child broke", result.Output<string>());
    }

    [TestMethod]
    public void Fan_out_of_sub_orchestrations_gets_distinct_derived_ids()
    {
        static async Task<int> Parent(TaskOrchestrationContext ctx, int n) =>
            (await Task.WhenAll(Enumerable.Range(0, n).Select(i => ctx.CallSubOrchestratorAsync<int>("Child", i)))).Sum();

        var result = Run<int, int>(Parent, [], Started(T0), Execution(200, instanceId: "p"));

        Assert.AreEqual(200, result.Actions.Select(a => a.InstanceId).Distinct().Count());
    }
}
