using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.ReadModel.Plans;

namespace MatTran.Inspections.Tests.ReadModel;

/// <summary>Lồng ghép in the store: two visits become one in one transaction under the plan's ETag; visits across plans by date.</summary>
[TestClass]
public sealed class PlanStoreMergeTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_merge_keeps_one_visit_with_both_topics_and_changes_the_plans_etag()
    {
        var (store, id) = await DraftAsync();
        var before = (await store.FindAsync(id, Ct))!;

        var outcome = await store.MergeAsync(id, id + ".001", id + ".002", before.ETag, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct);

        var after = (await store.FindAsync(id, Ct))!;
        Assert.AreEqual(PlanMergeOutcome.Merged, outcome);
        Assert.AreNotEqual(before.ETag, after.ETag);
        Assert.AreEqual(id + ".001", after.Inspections[1].MergedInto);
        CollectionAssert.AreEqual(new[] { "Quy chế", "Quỹ Vì người nghèo" }, after.TopicsOf(id + ".001").ToArray());
        CollectionAssert.AreEqual(new[] { id + ".001", id + ".003" }, after.Active.Select(i => i.Id).ToArray());
    }

    [TestMethod]
    public async Task A_merge_with_a_stale_etag_changes_nothing()
    {
        var (store, id) = await DraftAsync();
        var stale = (await store.FindAsync(id, Ct))!.ETag;
        await store.MergeAsync(id, id + ".001", id + ".003", stale, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct);

        var outcome = await store.MergeAsync(id, id + ".001", id + ".002", stale, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct);

        Assert.AreEqual(PlanMergeOutcome.ConcurrentUpdate, outcome);
        Assert.IsNull((await store.FindAsync(id, Ct))!.Inspections[1].MergedInto);
    }

    [TestMethod]
    public async Task A_merged_visit_cannot_be_merged_again_and_an_approved_plan_cannot_merge()
    {
        var (store, id) = await DraftAsync();
        await store.MergeAsync(id, id + ".001", id + ".002", (await store.FindAsync(id, Ct))!.ETag, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct);

        Assert.AreEqual(PlanMergeOutcome.AlreadyMerged,
            await store.MergeAsync(id, id + ".003", id + ".002", (await store.FindAsync(id, Ct))!.ETag, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct));
        Assert.AreEqual(PlanMergeOutcome.VisitNotFound,
            await store.MergeAsync(id, id + ".001", id + ".004", (await store.FindAsync(id, Ct))!.ETag, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct));
        await store.ApproveAsync(id, "giamsat", cancellationToken: Ct);
        Assert.AreEqual(PlanMergeOutcome.NotDraft,
            await store.MergeAsync(id, id + ".001", id + ".003", (await store.FindAsync(id, Ct))!.ETag, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct));
    }

    [TestMethod]
    public async Task Visits_are_listed_across_plans_by_date_without_merged_ones()
    {
        var (store, id) = await DraftAsync();
        await store.MergeAsync(id, id + ".001", id + ".002", (await store.FindAsync(id, Ct))!.ETag, (a, b, topics) => VisitMerge.Combine(a, b, topics), Ct);

        var visits = await store.ListVisitsAsync(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 20), Ct);

        CollectionAssert.AreEqual(new[] { id + ".001" }, visits.Where(v => v.PlanId == id).Select(v => v.InspectionId).ToArray(), "the 3rd visit is in July");
        Assert.AreEqual("12/KH-MTTQ-BTT", visits.Single(v => v.PlanId == id).PlanNumber);
    }

    private async Task<(PlanStore Store, string Id)> DraftAsync()
    {
        var table = new Azure.Data.Tables.TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("plans"));
        var store = new PlanStore(table, TimeProvider.System);
        var id = PlanId.New("huyen-hoaan", 2027);
        var period = new CoveredPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var plan = new AnnualPlan(id.ToString(), "12/KH-MTTQ-BTT", 2027, "huyen-hoaan", "Kế hoạch kiểm tra năm 2027", ["Quy chế"],
        [
            new PlannedInspection("xa-a", InspectionKind.Inspection, new DateOnly(2027, 6, 15), period, "Phó Chủ tịch", ["Văn phòng"], []),
            new PlannedInspection("xa-a", InspectionKind.Supervision, new DateOnly(2027, 6, 17), period, "Trưởng ban", [], [], ["Quỹ Vì người nghèo"]),
            new PlannedInspection("xa-b", InspectionKind.Inspection, new DateOnly(2027, 7, 20), period, "Phó Chủ tịch", [], []),
        ]);
        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(id, plan, "planner", Ct));
        return (store, id.ToString());
    }
}
