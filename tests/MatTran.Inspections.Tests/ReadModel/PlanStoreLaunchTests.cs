using Azure.Data.Tables;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.ReadModel;

[TestClass]
public sealed class PlanStoreLaunchTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    private async Task<(PlanStore Store, string Id)> DraftAsync()
    {
        var store = new PlanStore(new TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("plans")), TimeProvider.System);
        var id = PlanId.New("tinh-caobang", 2023);
        var plan = new AnnualPlan(id.ToString(), "325/KH-MTTQ-BTT", 2023, "tinh-caobang", "kiểm tra năm 2023", ["Quỹ Vì người nghèo"],
            [new PlannedInspection("xa-hanhson", InspectionKind.Inspection, new DateOnly(2023, 6, 19),
                new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 5, 31)), "Nguyễn Văn Hùng", [], [])]);
        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(id, plan, "planner", Ct));
        return (store, id.ToString());
    }

    [TestMethod]
    public async Task A_plan_launches_once_and_only_after_approval()
    {
        var (store, id) = await DraftAsync();

        Assert.AreEqual(PlanLaunchOutcome.NotApproved, await store.LaunchAsync(id, "planner", Ct));
        await store.ApproveAsync(id, "giamsat", cancellationToken: Ct);
        Assert.AreEqual(PlanLaunchOutcome.Launched, await store.LaunchAsync(id, "planner", Ct));
        Assert.AreEqual(PlanLaunchOutcome.AlreadyLaunched, await store.LaunchAsync(id, "planner-2", Ct));
        Assert.AreEqual(PlanLaunchOutcome.NotFound, await store.LaunchAsync("tinh-caobang.2023.000000000000", "planner", Ct));
        Assert.AreEqual(PlanLaunchOutcome.NotFound, await store.LaunchAsync("not a plan id", "planner", Ct));

        var stored = await store.FindAsync(id, Ct);
        Assert.AreEqual(PlanStatus.Launched, stored!.Status);
        Assert.AreEqual("planner", stored.LaunchedBy);
        Assert.IsNotNull(stored.LaunchedAt);
        Assert.IsNull(stored.YearEndSummary);
    }

    [TestMethod]
    public async Task Concurrent_launches_launch_exactly_once()
    {
        var (store, id) = await DraftAsync();
        await store.ApproveAsync(id, "giamsat", cancellationToken: Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => store.LaunchAsync(id, "planner-" + i, Ct)));

        Assert.AreEqual(1, outcomes.Count(o => o == PlanLaunchOutcome.Launched));
        Assert.AreEqual(4, outcomes.Count(o => o == PlanLaunchOutcome.AlreadyLaunched));
    }

    [TestMethod]
    public async Task Completing_stores_the_year_end_summary_and_is_idempotent()
    {
        var (store, id) = await DraftAsync();
        var summary = new PlanYearEndSummary(id, 3, 2, 1, 1, 4, 3, 1, new Dictionary<Rating, int> { [Rating.Tot] = 1, [Rating.Kha] = 1 },
            new DateTime(2023, 12, 28, 1, 0, 0, DateTimeKind.Utc));
        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => store.CompleteAsync(id, summary, Ct));
        await store.ApproveAsync(id, "giamsat", cancellationToken: Ct);
        await store.LaunchAsync(id, "planner", Ct);

        await store.CompleteAsync(id, summary, Ct);
        await store.CompleteAsync(id, summary with { Closed = 99 }, Ct);

        var stored = await store.FindAsync(id, Ct);
        Assert.AreEqual(PlanStatus.Completed, stored!.Status);
        var kept = stored.YearEndSummary!;
        Assert.AreEqual(2, kept.Closed);
        Assert.AreEqual(4, kept.Recommendations);
        Assert.AreEqual(1, kept.Ratings[Rating.Kha]);
        Assert.AreEqual(summary.CompletedAt, kept.CompletedAt);
        Assert.AreEqual(PlanLaunchOutcome.AlreadyLaunched, await store.LaunchAsync(id, "planner", Ct));
    }
}
