using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>Remediation sub-orchestrations of a concluded inspection, and the follow-up they lead to, on the real engine.</summary>
[TestClass]
public sealed class RemediationOrchestratorTests
{
    private static readonly DateOnly Visit = new(2027, 3, 15);
    private static readonly InspectionSchedule Schedule = StandInActivities.ScheduleFor(Visit);

    /// <summary>Far enough after the visit that the first reminder (ten days before) comes after the items are opened.</summary>
    private static readonly DateOnly Due = Visit.AddDays(25);
    private static readonly DateOnly NewDue = Due.AddDays(10);
    private static WorkflowEngine? s_engine;

    public TestContext TestContext { get; set; } = null!;

    private static WorkflowEngine Engine => s_engine!;

    private static StandInActivities Activities => Engine.Activities;

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
    public async Task Accepted_rejected_then_accepted_and_overdue_items_lead_to_a_follow_up_that_runs_before_the_close()
    {
        var inspection = await ConcludedWithThreeRecommendationsAsync();
        var id = inspection.InspectionId;
        string r1 = WorkflowInstanceIds.ForRemediation(id, 0), r2 = WorkflowInstanceIds.ForRemediation(id, 1), r3 = WorkflowInstanceIds.ForRemediation(id, 2);

        await RemediateAsync(id, r1, Signals.Report(), Signals.Accept());
        await RemediateAsync(id, r2, Signals.Report(), Signals.Reject(NewDue));
        await Activities.CalledAsync(id, ActivityNames.ScheduleRemediation, Ct, where: For(r2, s => s.Remediation.DueDate == NewDue));
        await RemediateAsync(id, r2, Signals.Report(), Signals.Accept());
        await Activities.CalledAsync(id, ActivityNames.RecordRemediation, Ct, where: For(r3, s => s.Overdue));

        Assert.AreEqual(new RemediationOutcome(r1, RemediationStatus.Accepted), await Engine.OutputAsync<RemediationOutcome>(r1, Ct));
        Assert.AreEqual(new RemediationOutcome(r2, RemediationStatus.Accepted), await Engine.OutputAsync<RemediationOutcome>(r2, Ct));
        Assert.AreEqual(new RemediationOutcome(r3, RemediationStatus.Overdue), await Engine.OutputAsync<RemediationOutcome>(r3, Ct));
        var scheduled = Activities.Inputs<RemediationStep>(id, ActivityNames.ScheduleRemediation);
        CollectionAssert.AreEqual(new[] { Due, NewDue }, scheduled.Where(s => s.Remediation.RemediationId == r2).Select(s => s.Remediation.DueDate).ToArray());
        var r3Reminders = Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder).Where(r => r.RemediationId == r3).ToList();
        CollectionAssert.AreEqual(
            new[] { $"remediation-reminder-{r3}-due2027-04-09-2027-03-30", $"remediation-reminder-{r3}-due2027-04-09-2027-04-07", $"remediation-reminder-{r3}-due2027-04-09-2027-04-09" },
            r3Reminders.Select(r => r.Key).ToArray());
        Assert.IsTrue(r3Reminders.All(r => r.Template == EmailTemplateId.RemediationReminder && r.DueDate == Due));

        // The overdue item brings the follow-up, on the same plan clock; the parent waits in stage FollowUp until it closes.
        var followUpId = WorkflowInstanceIds.ForFollowUp(id);
        await Activities.CalledAsync(id, ActivityNames.CreateFollowUp, Ct);
        var followUp = (await Engine.UntilAsync(followUpId, i => i.IsRunning, "running", Ct)).ReadInputAs<InspectionInput>()!;
        Assert.AreEqual(InspectionKind.FollowUp, followUp.Kind);
        Assert.AreEqual(id, followUp.ParentInspectionId);
        Assert.AreEqual(inspection.Clock, followUp.Clock);
        Assert.AreEqual(ActivityNames.CreateFollowUp, Activities.Names(id)[^1]);
        await InspectionDriver.ConcludeAsync(Engine, followUp, Signals.Conclusion(), Ct);

        Assert.AreEqual(InspectionStage.Closed, (await Engine.OutputAsync<InspectionOutcome>(followUpId, Ct)).FinalStage);
        var outcome = await Engine.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual(ActivityNames.CloseInspection, Activities.Names(id)[^1]);
        Assert.AreEqual((3, 2, 1, followUpId), (outcome.Recommendations, outcome.RemediationsAccepted, outcome.RemediationsOverdue, outcome.FollowUpInspectionId));
    }

    [TestMethod]
    public async Task A_decision_that_overtakes_the_report_it_judges_is_applied_once_the_report_is_recorded()
    {
        // The API takes a decision once the read model shows the report; after a crash the decision can reach the
        // orchestration before the report does. It must wait for the report, not be dropped (the item would hang).
        var inspection = await ConcludedWithThreeRecommendationsAsync();
        var id = inspection.InspectionId;
        var r1 = WorkflowInstanceIds.ForRemediation(id, 0);
        await Activities.CalledAsync(id, ActivityNames.ScheduleRemediation, Ct, where: For(r1));

        await Engine.SignalAsync(r1, Signals.Accept(), Ct);
        await Eventually.UntilAsync(async () => await Engine.SignalsTakenAsync(r1) >= 1 ? "taken" : null, "the early acceptance taken", Ct);
        await Engine.SignalAsync(r1, Signals.Report(), Ct);

        Assert.AreEqual(RemediationStatus.Accepted, (await Engine.OutputAsync<RemediationOutcome>(r1, Ct)).Status);
        var recorded = Activities.Inputs<RemediationStep>(id, ActivityNames.RecordRemediation).Where(s => s.Remediation.RemediationId == r1);
        CollectionAssert.AreEqual(new[] { RemediationSignalKind.Report, RemediationSignalKind.Accept }, recorded.Select(s => s.Signal!.Kind).ToArray());
    }

    [TestMethod]
    public async Task A_cancel_during_remediation_is_recorded_as_ignored_and_the_inspection_still_closes()
    {
        var inspection = await ConcludedWithThreeRecommendationsAsync();
        var id = inspection.InspectionId;
        await Activities.CalledAsync(id, ActivityNames.StartRemediationStage, Ct);

        await Engine.SignalAsync(id, Signals.Cancel(), Ct);
        var ignored = await Activities.CalledAsync(id, ActivityNames.RecordIgnoredSignal, Ct);
        for (var i = 0; i < 3; i++)
        {
            await RemediateAsync(id, WorkflowInstanceIds.ForRemediation(id, i), Signals.Report(), Signals.Accept());
        }

        var outcome = await Engine.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual(InspectionSignalKind.Cancel, ((SignalStep)ignored.Input).Signal.Kind);
        Assert.IsFalse(Activities.Names(id).Contains(ActivityNames.CancelInspection));
        Assert.IsFalse(Activities.Names(id).Contains(ActivityNames.CreateFollowUp), "every item accepted, no follow-up asked for");
        Assert.AreEqual((InspectionStage.Closed, 3, 0, (string?)null), (outcome.FinalStage, outcome.RemediationsAccepted, outcome.RemediationsOverdue, outcome.FollowUpInspectionId));
    }

    [TestMethod]
    public async Task Requested_follow_up_runs_even_when_every_item_is_accepted()
    {
        var inspection = await StartAsync();
        await InspectionDriver.ConcludeAsync(Engine, inspection, Signals.Conclusion(followUp: true), Ct);

        await Activities.CalledAsync(inspection.InspectionId, ActivityNames.CreateFollowUp, Ct);
        Assert.IsFalse(Activities.Names(inspection.InspectionId).Contains(ActivityNames.StartRemediationStage), "no recommendations, no remediation stage");
        await Engine.UntilAsync(WorkflowInstanceIds.ForFollowUp(inspection.InspectionId), i => i.IsRunning, "running", Ct);
        Assert.AreEqual(ActivityNames.CreateFollowUp, Activities.Names(inspection.InspectionId)[^1]);
    }

    private static Func<ActivityCall, bool> For(string remediationId, Func<RemediationStep, bool>? where = null) =>
        call => call.Input is RemediationStep step && step.Remediation.RemediationId == remediationId && (where?.Invoke(step) ?? true);

    private async Task<InspectionInput> StartAsync()
    {
        var plan = Emulators.UniqueName("kh");
        var clock = WorkflowEngine.ClockFrom(Schedule.Visit.FiresAtUtc.AddDays(-0.5), secondsPerDay: 1);
        var inspection = new InspectionInput(plan + ".002", plan, "hoi-nong-dan", InspectionKind.Inspection, Visit, clock);
        await Engine.StartInspectionAsync(inspection, Ct);
        return inspection;
    }

    private async Task<InspectionInput> ConcludedWithThreeRecommendationsAsync()
    {
        var inspection = await StartAsync();
        await InspectionDriver.ConcludeAsync(Engine, inspection, Signals.Conclusion(false, Due, Due, Due), Ct);
        return inspection;
    }

    /// <summary>
    /// The unit's report, then the team's decision, each once the remediation has recorded the one before. Not before
    /// the remediation's orchestration has begun: the engine drops an event raised to an instance that does not exist yet.
    /// </summary>
    private async Task RemediateAsync(string inspectionId, string remediationId, RemediationSignal report, RemediationSignal decision)
    {
        await Activities.CalledAsync(inspectionId, ActivityNames.ScheduleRemediation, Ct, where: For(remediationId));
        int recorded = Activities.Inputs<RemediationStep>(inspectionId, ActivityNames.RecordRemediation).Count(s => s.Remediation.RemediationId == remediationId);
        await Engine.SignalAsync(remediationId, report, Ct);
        await Activities.CalledAsync(inspectionId, ActivityNames.RecordRemediation, Ct, count: recorded + 1, where: For(remediationId));
        await Engine.SignalAsync(remediationId, decision, Ct);
        await Activities.CalledAsync(inspectionId, ActivityNames.RecordRemediation, Ct, count: recorded + 2, where: For(remediationId));
    }
}
