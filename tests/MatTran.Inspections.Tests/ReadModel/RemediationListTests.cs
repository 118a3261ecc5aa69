using Azure.Data.Tables;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.Tests.ReadModel;

/// <summary>
/// The cross-plan remediation list on Azurite: items of two plans of two committees, filtered by committee,
/// department, unit (inspected or addressed) and status; a value that is only close to a stored one matches nothing,
/// and a value written as query syntax is a value, never a clause.
/// </summary>
[TestClass]
public sealed class RemediationListTests
{
    private static readonly DateTimeOffset At = new(2027, 7, 5, 1, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Filters_select_across_two_plans_and_near_misses_or_query_syntax_match_nothing()
    {
        var store = new InspectionStore(new TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("inspections")), TimeProvider.System);
        string planA = PlanId.New("tinh-cb", 2027).ToString(), planB = PlanId.New("tinh-bk", 2027).ToString();
        string a = planA + ".001", b = planB + ".001";
        await AddAsync(store, planA, "xa-1", Item(a, 1, new DateOnly(2027, 9, 1)).AddressedTo("ban-dan-chu-phap-luat", null, "nong-van-khanh"));
        await AddAsync(store, planA, "xa-1", Item(a, 2, new DateOnly(2027, 9, 2)).AddressedTo(null, "xa-2", null).Reported(At, "unit:xa-1", "Đã làm", null));
        await AddAsync(store, planB, "xa-2", Item(b, 1, new DateOnly(2027, 9, 3)).AddressedTo("van-phong", null, null).Reported(At, "unit:xa-2", "Đã làm", null).Accepted(At, "inspector", null));
        await AddAsync(store, planB, "xa-2", Item(b, 2, new DateOnly(2027, 8, 1)).AddressedTo("ban-dan-chu-phap-luat", null, null)
            .Reported(At, "unit:xa-2", "Đã làm", null).Rejected(At, "inspector", "Chưa đạt", new DateOnly(2027, 9, 4)));

        CollectionAssert.AreEqual(new[] { a + ".r1", a + ".r2", b + ".r1", b + ".r2" }, await IdsAsync(store), "every item, by due date");
        CollectionAssert.AreEqual(new[] { a + ".r1", a + ".r2" }, await IdsAsync(store, issuer: "tinh-cb"));
        CollectionAssert.AreEqual(new[] { a + ".r1", b + ".r2" }, await IdsAsync(store, department: "ban-dan-chu-phap-luat"), "one department across both plans");
        CollectionAssert.AreEqual(new[] { b + ".r2" }, await IdsAsync(store, issuer: "tinh-bk", department: "ban-dan-chu-phap-luat"));
        CollectionAssert.AreEqual(new[] { a + ".r2", b + ".r1", b + ".r2" }, await IdsAsync(store, unit: "xa-2"), "addressed to xa-2, or xa-2 inspected");
        CollectionAssert.AreEqual(new[] { a + ".r2" }, await IdsAsync(store, status: RemediationStatus.Reported));
        CollectionAssert.AreEqual(new[] { b + ".r2" }, await IdsAsync(store, unit: "xa-2", status: RemediationStatus.Rejected));
        CollectionAssert.AreEqual(new[] { a + ".r1" }, await IdsAsync(store, unit: "xa-1", department: "ban-dan-chu-phap-luat"));

        // Close to stored values, but not them: a prefix, another case, a trailing space.
        foreach (string near in new[] { "ban-dan-chu", "BAN-DAN-CHU-PHAP-LUAT", "ban-dan-chu-phap-luat " })
        {
            Assert.IsEmpty(await IdsAsync(store, department: near), near);
        }

        Assert.IsEmpty(await IdsAsync(store, unit: "xa"));
        Assert.IsEmpty(await IdsAsync(store, issuer: "tinh-cb", status: RemediationStatus.Accepted));
        Assert.IsEmpty(await IdsAsync(store, issuer: "tinh-cb", unit: "xa-3"));

        // Query syntax in a value stays a value (CreateQueryFilter quotes it): no clause is added, no row appears.
        foreach (string probe in new[] { "x' or RowKey ne '", "tinh-cb' or IssuerUnitId ne 'x", "' or ''='", "xa-1 or true", "eq", "$filter" })
        {
            Assert.IsEmpty(await IdsAsync(store, issuer: probe), probe);
            Assert.IsEmpty(await IdsAsync(store, department: probe), probe);
            Assert.IsEmpty(await IdsAsync(store, unit: probe), probe);
        }
    }

    private static RemediationItem Item(string inspectionId, int n, DateOnly due) =>
        RemediationItem.Open($"{inspectionId}.r{n}", inspectionId, n - 1, $"Kiến nghị {n}", "Ban Thường trực", due, At, "supervisor");

    private async Task AddAsync(InspectionStore store, string planId, string inspectedUnitId, RemediationItem item) =>
        await store.AddRemediationAsync(item, planId, inspectedUnitId, Ct);

    private async Task<string[]> IdsAsync(
        InspectionStore store, string? issuer = null, string? department = null, string? unit = null, RemediationStatus? status = null) =>
        [.. (await store.ListRemediationsAsync(issuer, department, unit, status, Ct)).Select(e => e.Item.Id)];
}
