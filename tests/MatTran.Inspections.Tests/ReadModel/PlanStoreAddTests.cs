using Azure.Data.Tables;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;

namespace MatTran.Inspections.Tests.ReadModel;

/// <summary>
/// Storing a plan larger than one transaction: inspection rows first, the plan row last, so readers see the plan whole
/// or not at all (<see cref="PlanStore"/>).
/// </summary>
[TestClass]
public sealed class PlanStoreAddTests
{
    private const string Issuer = "tinh-caobang";
    private const string Number = "325/KH-MTTQ-BTT";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_plan_of_1200_inspections_reads_back_whole_in_plan_order()
    {
        var (table, store) = await StoreAsync();
        var id = PlanId.New(Issuer, 2023);
        var plan = Plan(id, 1200);

        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(id, plan, "planner", Ct));

        var stored = await store.FindAsync(id.ToString(), Ct);
        Assert.IsNotNull(stored);
        CollectionAssert.AreEqual(plan.Inspections.Select(i => i.UnitId).ToArray(), stored.Inspections.Select(i => i.Planned.UnitId).ToArray());
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 1200).Select(n => $"{id}.{n:D4}").ToArray(), stored.Inspections.Select(i => i.Id).ToArray());
        Assert.AreEqual(1200, (await store.ListAsync(2023, Ct)).Single().InspectionCount);
        Assert.AreEqual(1200 + 2, await RowsAsync(table, id));
    }

    [TestMethod]
    public async Task A_plan_whose_number_is_taken_leaves_no_rows_behind()
    {
        var (table, store) = await StoreAsync();
        var first = PlanId.New(Issuer, 2023);
        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(first, Plan(first, 1), "planner", Ct));
        var second = PlanId.New(Issuer, 2023);

        Assert.AreEqual(PlanAddOutcome.NumberTaken, await store.AddAsync(second, Plan(second, 250), "planner", Ct));

        Assert.AreEqual(0, await RowsAsync(table, second));
    }

    [TestMethod]
    public async Task A_number_taken_while_the_inspections_were_written_leaves_no_rows_behind()
    {
        var (table, store) = await StoreAsync();
        var late = PlanId.New(Issuer, 2023);
        var latePlan = Plan(late, 250);
        int staged = await store.StageInspectionsAsync(late, latePlan, Ct);
        var early = PlanId.New(Issuer, 2023);
        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(early, Plan(early, 1), "planner", Ct));

        Assert.AreEqual(PlanAddOutcome.NumberTaken, await store.CommitAsync(late, latePlan, "planner", staged, Ct));

        Assert.AreEqual(0, await RowsAsync(table, late));
    }

    [TestMethod]
    public async Task An_add_interrupted_before_its_last_transaction_is_invisible_to_every_reader()
    {
        var (table, store) = await StoreAsync();
        var id = PlanId.New(Issuer, 2023);
        int staged = await store.StageInspectionsAsync(id, Plan(id, 250), Ct);
        Assert.AreEqual(staged, await RowsAsync(table, id), "the orphan rows are really there");

        Assert.IsNull(await store.FindAsync(id.ToString(), Ct));
        Assert.IsEmpty(await store.ListAsync(cancellationToken: Ct));
        Assert.AreEqual(PlanApprovalOutcome.NotFound, await store.ApproveAsync(id.ToString(), "giamsat", cancellationToken: Ct));
        Assert.AreEqual(PlanLaunchOutcome.NotFound, await store.LaunchAsync(id.ToString(), "planner", Ct));
    }

    [TestMethod]
    public async Task A_plan_of_more_than_the_most_inspections_is_refused_and_stores_nothing()
    {
        var (table, store) = await StoreAsync();
        var id = PlanId.New(Issuer, 2023);

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => store.AddAsync(id, Plan(id, PlanStore.MaxInspections + 1), "planner", Ct));

        Assert.AreEqual(0, await RowsAsync(table, id));
    }

    [TestMethod]
    public async Task Approve_launch_and_complete_work_on_a_plan_of_several_transactions()
    {
        var (_, store) = await StoreAsync();
        var id = PlanId.New(Issuer, 2023);
        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(id, Plan(id, 150), "planner", Ct));

        Assert.AreEqual(PlanApprovalOutcome.Approved, await store.ApproveAsync(id.ToString(), "giamsat", cancellationToken: Ct));
        Assert.AreEqual(PlanLaunchOutcome.Launched, await store.LaunchAsync(id.ToString(), "planner", Ct));

        var stored = await store.FindAsync(id.ToString(), Ct);
        Assert.AreEqual(PlanStatus.Launched, stored!.Status);
        Assert.HasCount(150, stored.Inspections);
    }

    private async Task<(TableClient Table, PlanStore Store)> StoreAsync()
    {
        var table = new TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("plans"));
        await table.CreateIfNotExistsAsync(Ct);
        return (table, new PlanStore(table, TimeProvider.System));
    }

    /// <summary>Every row of the plan's partition that belongs to <paramref name="id"/> (its plan, number and inspection rows).</summary>
    private async Task<int> RowsAsync(TableClient table, PlanId id)
    {
        int rows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id.PartitionKey}"), cancellationToken: Ct))
        {
            bool ours = row.RowKey.Contains(id.ToString(), StringComparison.Ordinal) || row.GetString("PlanId") == id.ToString();
            rows += ours ? 1 : 0;
        }

        return rows;
    }

    private static AnnualPlan Plan(PlanId id, int inspections) => new(
        id.ToString(), Number, id.Year, Issuer, "kiểm tra năm 2023", ["Quỹ Vì người nghèo"],
        [.. Enumerable.Range(0, inspections).Select(i => new PlannedInspection(
            $"xa-{i:D4}", InspectionKind.Inspection, new DateOnly(2023, 6, 19),
            new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), "Nguyễn Văn Hùng",
            ["Trần Văn Hùng", "Lê Thị Minh Nguyệt", "Phạm Quốc Trưởng"], []))]);
}
