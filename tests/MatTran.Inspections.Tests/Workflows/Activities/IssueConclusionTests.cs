using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed class IssueConclusionTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    /// <summary>
    /// Runs an inspection from launch to an approved conclusion and the first step of each remediation workflow (which
    /// opens its item); returns the approval step.
    /// </summary>
    internal static async Task<(InspectionInput Inspection, IssuedConclusion Issued, ApprovalStep Approval)> ApprovedAsync(ActivityWorld world, CancellationToken ct)
    {
        var (inspection, issued, approval) = await IssuedAsync(world, ct);
        foreach (var remediation in issued.Remediations)
        {
            await OpenAsync(world, remediation);
        }

        return (inspection, issued, approval);
    }

    /// <summary>What a Remediation workflow does first: <see cref="ScheduleRemediation"/>, which opens the item.</summary>
    internal static Task<WindowSchedule> OpenAsync(ActivityWorld world, RemediationInput remediation) =>
        new ScheduleRemediation(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.ScheduleRemediation, remediation.RemediationId),
            new RemediationStep(world.NextKey(remediation.RemediationId), remediation, ActivityWorld.At(new DateOnly(2023, 7, 5))));

    /// <summary>Runs an inspection from launch to an approved conclusion; no remediation workflow has run yet.</summary>
    private static async Task<(InspectionInput Inspection, IssuedConclusion Issued, ApprovalStep Approval)> IssuedAsync(ActivityWorld world, CancellationToken ct)
    {
        var inspection = await world.StartAsync();
        string id = inspection.InspectionId;
        var services = world.Services;
        await new IssueNotice(services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 6, 5))));
        await new StartVisit(services).RunAsync(ActivityWorld.Context(ActivityNames.StartVisit, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(ActivityWorld.VisitDate)));
        await new RecordFindings(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id),
            new SignalStep(world.NextKey(id), id, Requests.Findings(), ActivityWorld.At(new DateOnly(2023, 6, 22))));
        await new SubmitConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.SubmitConclusion, id),
            new SignalStep(world.NextKey(id), id, Requests.Conclusion(), ActivityWorld.At(new DateOnly(2023, 7, 3))));
        var approval = new ApprovalStep(world.NextKey(id), id, Requests.Approve(), ActivityWorld.At(new DateOnly(2023, 7, 5)), ActivityWorld.Clock);
        var issued = await new IssueConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.IssueConclusion, id), approval);
        return (inspection, issued, approval);
    }

    [TestMethod]
    public async Task Approval_lists_no_remediation_item_before_its_workflow_opens_it()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (inspection, issued, _) = await IssuedAsync(world, Ct);

        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.ConclusionIssued, details.Summary.Stage);
        Assert.IsEmpty(details.Remediations, "An item listed before its workflow exists would take requests the engine drops.");
        Assert.IsNull(await world.Inspections.GetRemediationAsync(issued.Remediations[0].RemediationId, Ct));
        Assert.IsTrue(issued.Remediations.All(r => r.OpenedBy == "giamsat" && r.InspectionId == inspection.InspectionId));
    }

    [TestMethod]
    public async Task A_remediation_workflows_first_step_opens_its_item_once_in_the_approvers_name()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (_, issued, _) = await IssuedAsync(world, Ct);
        var remediation = issued.Remediations[0];

        var first = await OpenAsync(world, remediation);
        var redelivered = await OpenAsync(world, remediation);

        Assert.AreEqual(first.Deadline, redelivered.Deadline);
        var details = await world.DetailsAsync(Ct);
        var item = details.Remediations.Single();
        Assert.AreEqual(remediation.RemediationId, item.Id);
        Assert.AreEqual(RemediationStatus.Open, item.Status);
        Assert.AreEqual("giamsat", item.History.Single().Actor);
        Assert.AreEqual(Requests.FirstDue, first.Deadline.Day);
    }

    [TestMethod]
    public async Task Approval_opens_one_remediation_item_per_recommendation_and_issues_a_numbered_notice()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (inspection, issued, _) = await ApprovedAsync(world, Ct);
        string id = inspection.InspectionId;

        CollectionAssert.AreEqual(new[] { id + ".r1", id + ".r2" }, issued.Remediations.Select(r => r.RemediationId).ToArray());
        CollectionAssert.AreEqual(new[] { Requests.FirstDue, Requests.SecondDue }, issued.Remediations.Select(r => r.DueDate).ToArray());
        Assert.AreEqual(Rating.Tot, issued.Rating);

        var details = await world.DetailsAsync(Ct);
        Assert.AreEqual(InspectionStage.ConclusionIssued, details.Summary.Stage);
        Assert.HasCount(2, details.Remediations);
        Assert.IsTrue(details.Remediations.All(r => r.Status == RemediationStatus.Open));
        Assert.AreEqual(ConclusionStatus.Approved, details.Conclusion!.Status);
        Assert.AreEqual("giamsat", details.Conclusion.DecidedBy);
        // The notice took TB number 1; conclusion notices share the TB sequence.
        Assert.AreEqual("2/TB-MTTQ-BTT", details.Conclusion.Number);
        var conclusionDocument = details.Documents.Single(d => d.Kind == DocumentKind.Conclusion);
        Assert.AreEqual(details.Conclusion.DocumentId, conclusionDocument.Id);

        var record = await world.Inspections.GetRemediationAsync(id + ".r2", Ct);
        Assert.AreEqual(world.UnitId, record!.UnitId);
        Assert.AreEqual(world.Plan.Id, record.PlanId);
        Assert.AreEqual("Công khai danh sách hộ được hỗ trợ", record.Item.Text);

        var emails = await world.SettledInboxAsync(world.UnitEmail, 3, Ct);
        Assert.AreEqual(1, emails.Count(e => e.Subject == "Thông báo kết luận kiểm tra số 2/TB-MTTQ-BTT"));
    }

    [TestMethod]
    public async Task Redelivered_approval_opens_no_further_items_and_keeps_the_number()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        var (inspection, first, approval) = await ApprovedAsync(world, Ct);

        var again = await new IssueConclusion(world.Services).RunAsync(ActivityWorld.Context(ActivityNames.IssueConclusion, inspection.InspectionId), approval);

        CollectionAssert.AreEqual(first.Remediations.ToArray(), again.Remediations.ToArray());
        var details = await world.DetailsAsync(Ct);
        Assert.HasCount(2, details.Remediations);
        Assert.AreEqual("2/TB-MTTQ-BTT", details.Conclusion!.Number);
        Assert.AreEqual(1, details.Documents.Count(d => d.Kind == DocumentKind.Conclusion));
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.ConclusionIssued));
        var emails = await world.SettledInboxAsync(world.UnitEmail, 3, Ct);
        Assert.AreEqual(1, emails.Count(e => e.Subject.StartsWith("Thông báo kết luận", StringComparison.Ordinal)));
    }
}
