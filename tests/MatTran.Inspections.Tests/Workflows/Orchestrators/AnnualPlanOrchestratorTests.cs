using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>The AnnualPlan orchestrator on the real engine with stand-in activities: fan-out, progress, fan-in.</summary>
[TestClass]
public sealed class AnnualPlanOrchestratorTests
{
    private static readonly DateOnly Visit = new(2027, 3, 15);
    private static readonly InspectionSchedule Schedule = StandInActivities.ScheduleFor(Visit);
    private static WorkflowEngine? s_engine;

    public TestContext TestContext { get; set; } = null!;

    private static WorkflowEngine Engine => s_engine!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [ClassInitialize]
    public static async Task StartEngineAsync(TestContext context) => s_engine = await WorkflowEngine.StartAsync(context.CancellationToken);

    [ClassCleanup]
    public static async Task StopEngineAsync()
    {
        if (s_engine is not null)
        {
            await s_engine.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Plan_fans_out_three_inspections_reports_progress_as_each_finishes_and_completes_with_the_summary()
    {
        var clock = WorkflowEngine.ClockFrom(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 2);
        var (planId, inspections) = Plan(clock, count: 3);

        string planInstance = await LaunchAsync(planId, clock);
        await ProgressAsync(planInstance, new PlanProgress(3, 0, 0, 3));
        foreach (var inspection in inspections)
        {
            await InspectionDriver.ReachVisitAsync(Engine, inspection, Ct);
            Assert.AreEqual(planInstance, await Engine.ParentOfAsync(inspection.InspectionId));
            Assert.AreEqual(clock, (await Engine.InstanceAsync(inspection.InspectionId, Ct)).ReadInputAs<InspectionInput>()!.Clock, "the plan's clock");
        }

        await Engine.SignalAsync(inspections[1].InspectionId, Signals.Cancel(), Ct);
        await ProgressAsync(planInstance, new PlanProgress(3, 0, 1, 2));
        await InspectionDriver.ConcludeAsync(Engine, inspections[0], Signals.Conclusion(), Ct);
        await ProgressAsync(planInstance, new PlanProgress(3, 1, 1, 1));
        await InspectionDriver.ConcludeAsync(Engine, inspections[2], Signals.Conclusion(), Ct);

        var summary = await Engine.OutputAsync<PlanYearEndSummary>(planInstance, Ct);
        Assert.AreEqual(new PlanProgress(3, 2, 1, 0), (await Engine.InstanceAsync(planInstance, Ct)).ReadCustomStatusAs<PlanProgress>());
        Assert.AreEqual((3, 2, 1, 0), (summary.Inspections, summary.Closed, summary.Cancelled, summary.FollowUps));
        Assert.AreEqual(2, summary.Ratings[Rating.Tot]);
        var completion = Engine.Activities.Inputs<PlanCompletion>(planId, ActivityNames.CompletePlan).Single();
        CollectionAssert.AreEqual(inspections.Select(i => i.InspectionId).ToArray(), completion.Outcomes.Select(o => o.InspectionId).ToArray(), "outcomes in plan order");
        CollectionAssert.AreEqual(
            new[] { InspectionStage.Closed, InspectionStage.Cancelled, InspectionStage.Closed },
            completion.Outcomes.Select(o => o.FinalStage).ToArray());
        Assert.AreEqual(completion.At, summary.CompletedAt, "completed at the plan time the last inspection ended");
    }

    [TestMethod]
    public async Task An_inspection_whose_workflow_fails_is_counted_and_the_plan_still_completes()
    {
        var clock = WorkflowEngine.ClockFrom(Schedule.Notice.FiresAtUtc.AddDays(-0.5), secondsPerDay: 2);
        var (planId, inspections) = Plan(clock, count: 2);
        // A bug in one inspection's notice: every attempt fails, retries included.
        Engine.Activities.FailAlways(ActivityNames.IssueNotice, inspections[0].InspectionId);

        string planInstance = await LaunchAsync(planId, clock);
        // The notice is retried 1, 2, 4 and 8 seconds apart (a rehearsal's shortest waits) and fails each time.
        var failed = await Engine.UntilAsync(inspections[0].InspectionId, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed", Ct);
        await ProgressAsync(planInstance, new PlanProgress(2, 0, 0, 1, Failed: 1));
        await Engine.SignalAsync(inspections[1].InspectionId, Signals.Cancel(), Ct);

        var summary = await Engine.OutputAsync<PlanYearEndSummary>(planInstance, Ct);
        // What an operator reads on the failed instance (the engine keeps the failure as the output when it has no details).
        StringAssert.Contains(failed.FailureDetails?.ErrorMessage ?? failed.SerializedOutput, ActivityNames.IssueNotice);
        Assert.AreEqual((2, 0, 1, 1), (summary.Inspections, summary.Closed, summary.Cancelled, summary.Failed));
        var completion = Engine.Activities.Inputs<PlanCompletion>(planId, ActivityNames.CompletePlan).Single();
        CollectionAssert.AreEqual(new[] { inspections[0].InspectionId }, completion.FailedInspections!.ToArray());
        var names = Engine.Activities.Names(inspections[0].InspectionId);
        Assert.AreEqual(ActivityNames.IssueNotice, names[^1]);
        Assert.AreEqual(5, names.Count(n => n == ActivityNames.IssueNotice), "the first attempt and four retries");
    }

    /// <summary>A plan of <paramref name="count"/> inspections visiting on <see cref="Visit"/>, as StartPlan answers it.</summary>
    private static (string PlanId, IReadOnlyList<InspectionInput> Inspections) Plan(PlanClock clock, int count)
    {
        var planId = Emulators.UniqueName("kh");
        var inspections = Enumerable.Range(1, count)
            .Select(i => new InspectionInput($"{planId}.{i:D3}", planId, $"unit-{i}", InspectionKind.Inspection, Visit, clock))
            .ToList();
        Engine.Activities.Plan(planId, inspections);
        return (planId, inspections);
    }

    private async Task<string> LaunchAsync(string planId, PlanClock clock)
    {
        var planInstance = WorkflowInstanceIds.ForPlan(planId);
        await Engine.Client.ScheduleNewOrchestrationInstanceAsync(
            WorkflowNames.AnnualPlan, new AnnualPlanInput(planId, "ke.hoach", clock), new StartOrchestrationOptions(planInstance), Ct);
        return planInstance;
    }

    private Task ProgressAsync(string planInstance, PlanProgress expected) =>
        Engine.UntilAsync(planInstance, i => i.ReadCustomStatusAs<PlanProgress>() == expected, $"progress {expected}", Ct);
}
