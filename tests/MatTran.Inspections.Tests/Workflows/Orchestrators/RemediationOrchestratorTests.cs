using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>Remediation sub-orchestrations of a concluded inspection, and the follow-up they lead to.</summary>
[TestClass]
public sealed class RemediationOrchestratorTests
{
    private static readonly DateOnly Visit = new(2027, 3, 15);
    private static readonly DateOnly Due = new(2027, 6, 30);
    private static readonly DateOnly NewDue = new(2027, 7, 31);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Accepted_rejected_then_accepted_and_overdue_items_lead_to_a_follow_up_that_runs_before_the_close()
    {
        var (hub, inspection) = await ConcludedWithThreeRecommendationsAsync();
        var id = inspection.InspectionId;
        string r1 = WorkflowInstanceIds.ForRemediation(id, 0), r2 = WorkflowInstanceIds.ForRemediation(id, 1), r3 = WorkflowInstanceIds.ForRemediation(id, 2);

        await hub.SignalAsync(r1, Signals.Report(), Ct);
        await hub.SignalAsync(r1, Signals.Accept(), Ct);
        await hub.SignalAsync(r2, Signals.Report(), Ct);
        await hub.SignalAsync(r2, Signals.Reject(NewDue), Ct);
        await hub.SignalAsync(r2, Signals.Report(), Ct);
        await hub.SignalAsync(r2, Signals.Accept(), Ct);
        await hub.AdvanceToAsync(StandInActivities.RemediationWindow(Due).Escalation.FiresAtUtc, Ct);

        Assert.AreEqual(new RemediationOutcome(r1, RemediationStatus.Accepted), await hub.OutputAsync<RemediationOutcome>(r1, Ct));
        Assert.AreEqual(new RemediationOutcome(r2, RemediationStatus.Accepted), await hub.OutputAsync<RemediationOutcome>(r2, Ct));
        Assert.AreEqual(new RemediationOutcome(r3, RemediationStatus.Overdue), await hub.OutputAsync<RemediationOutcome>(r3, Ct));
        var scheduled = hub.Activities.Inputs<RemediationStep>(id, ActivityNames.ScheduleRemediation);
        CollectionAssert.AreEqual(new[] { Due, NewDue }, scheduled.Where(s => s.Remediation.RemediationId == r2).Select(s => s.Remediation.DueDate).ToArray());
        Assert.IsTrue(hub.Activities.Inputs<RemediationStep>(id, ActivityNames.RecordRemediation).Single(s => s.Overdue).Remediation.RemediationId == r3);
        var r3Reminders = hub.Activities.Inputs<ReminderStep>(id, ActivityNames.SendReminder).Where(r => r.RemediationId == r3).ToList();
        CollectionAssert.AreEqual(
            new[] { $"remediation-reminder-{r3}-due2027-06-30-2027-06-20", $"remediation-reminder-{r3}-due2027-06-30-2027-06-28", $"remediation-reminder-{r3}-due2027-06-30-2027-06-30" },
            r3Reminders.Select(r => r.Key).ToArray());
        Assert.IsTrue(r3Reminders.All(r => r.Template == EmailTemplateId.RemediationReminder && r.DueDate == Due));

        // The overdue item brings the follow-up; the parent waits in stage FollowUp until it closes.
        var followUpId = WorkflowInstanceIds.ForFollowUp(id);
        Assert.AreEqual(ActivityNames.CreateFollowUp, hub.Activities.Names(id)[^1]);
        var followUp = (await hub.InstanceAsync(followUpId, Ct)).ReadInputAs<InspectionInput>()!;
        Assert.AreEqual(InspectionKind.FollowUp, followUp.Kind);
        Assert.AreEqual(id, followUp.ParentInspectionId);
        await InspectionDriver.ConcludeAsync(hub, followUp, Signals.Conclusion(), Ct);

        Assert.AreEqual(InspectionStage.Closed, (await hub.OutputAsync<InspectionOutcome>(followUpId, Ct)).FinalStage);
        Assert.AreEqual(ActivityNames.CloseInspection, hub.Activities.Names(id)[^1]);
        var outcome = await hub.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual((3, 2, 1, followUpId), (outcome.Recommendations, outcome.RemediationsAccepted, outcome.RemediationsOverdue, outcome.FollowUpInspectionId));
    }

    [TestMethod]
    public async Task A_decision_before_the_report_is_ignored_and_the_item_still_awaits_its_report()
    {
        var (hub, inspection) = await ConcludedWithThreeRecommendationsAsync();
        var r1 = WorkflowInstanceIds.ForRemediation(inspection.InspectionId, 0);

        await hub.SignalAsync(r1, Signals.Accept(), Ct);
        await hub.SignalAsync(r1, Signals.Report(), Ct);
        await hub.SignalAsync(r1, Signals.Accept(), Ct);

        var recorded = hub.Activities.Inputs<RemediationStep>(inspection.InspectionId, ActivityNames.RecordRemediation).Where(s => s.Remediation.RemediationId == r1);
        CollectionAssert.AreEqual(new[] { RemediationSignalKind.Report, RemediationSignalKind.Accept }, recorded.Select(s => s.Signal!.Kind).ToArray());
        Assert.AreEqual(RemediationStatus.Accepted, (await hub.OutputAsync<RemediationOutcome>(r1, Ct)).Status);
    }

    [TestMethod]
    public async Task A_cancel_during_remediation_is_recorded_as_ignored_and_the_inspection_still_closes()
    {
        var (hub, inspection) = await ConcludedWithThreeRecommendationsAsync();
        var id = inspection.InspectionId;

        await hub.SignalAsync(id, Signals.Cancel(), Ct);
        Assert.AreEqual(InspectionSignalKind.Cancel, hub.Activities.Inputs<SignalStep>(id, ActivityNames.RecordIgnoredSignal).Single().Signal.Kind);
        for (var i = 0; i < 3; i++)
        {
            await hub.SignalAsync(WorkflowInstanceIds.ForRemediation(id, i), Signals.Report(), Ct);
            await hub.SignalAsync(WorkflowInstanceIds.ForRemediation(id, i), Signals.Accept(), Ct);
        }

        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.CancelInspection));
        Assert.IsFalse(hub.Activities.Names(id).Contains(ActivityNames.CreateFollowUp), "every item accepted, no follow-up asked for");
        var outcome = await hub.OutputAsync<InspectionOutcome>(id, Ct);
        Assert.AreEqual((InspectionStage.Closed, 3, 0, (string?)null), (outcome.FinalStage, outcome.RemediationsAccepted, outcome.RemediationsOverdue, outcome.FollowUpInspectionId));
    }

    [TestMethod]
    public async Task Requested_follow_up_runs_even_when_every_item_is_accepted()
    {
        var hub = await WorkflowHub.StartAsync(new StandInActivities(), Ct);
        var inspection = NewInspection();
        await hub.StartInspectionAsync(inspection, Ct);
        await InspectionDriver.ConcludeAsync(hub, inspection, Signals.Conclusion(followUp: true), Ct);

        Assert.IsFalse(hub.Activities.Names(inspection.InspectionId).Contains(ActivityNames.StartRemediationStage), "no recommendations, no remediation stage");
        Assert.AreEqual(ActivityNames.CreateFollowUp, hub.Activities.Names(inspection.InspectionId)[^1]);
        Assert.IsTrue((await hub.InstanceAsync(WorkflowInstanceIds.ForFollowUp(inspection.InspectionId), Ct)).IsRunning);
    }

    private async Task<(WorkflowHub Hub, InspectionInput Inspection)> ConcludedWithThreeRecommendationsAsync()
    {
        var hub = await WorkflowHub.StartAsync(new StandInActivities(), Ct);
        var inspection = NewInspection();
        await hub.StartInspectionAsync(inspection, Ct);
        await InspectionDriver.ConcludeAsync(hub, inspection, Signals.Conclusion(false, Due, Due, Due), Ct);
        return (hub, inspection);
    }

    private static InspectionInput NewInspection()
    {
        var plan = Emulators.UniqueName("kh");
        return new InspectionInput(plan + ".002", plan, "hoi-nong-dan", InspectionKind.Inspection, Visit);
    }
}
