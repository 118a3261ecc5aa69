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

    /// <summary>Runs an inspection from launch to an approved conclusion; returns the approval step.</summary>
    internal static async Task<(InspectionInput Inspection, IssuedConclusion Issued, ApprovalStep Approval)> ApprovedAsync(ActivityWorld world, CancellationToken ct)
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
