using System.Globalization;
using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

[TestClass]
public sealed class TableQueryTests
{
    private const int ManyEntities = 1_250;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Query_over_1000_entities_follows_continuation_to_the_end()
    {
        var table = await FillAsync(ManyEntities);

        var pages = await table.QueryAsync<TableEntity>(cancellationToken: Ct).AsPages().ToListAsync(Ct);
        var all = await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct);

        Assert.IsGreaterThan(1, pages.Count, "the service pages at 1,000, so one page cannot hold 1,250");
        Assert.AreEqual(ManyEntities, pages.Sum(p => p.Values.Count));
        Assert.AreEqual(ManyEntities, all.Select(e => e.RowKey).Distinct().Count());
        Assert.IsNull(pages[^1].ContinuationToken);
    }

    [TestMethod]
    public async Task Max_per_page_limits_each_page_and_a_token_resumes_where_it_left_off()
    {
        var table = await FillAsync(ManyEntities);

        var pages = await table.QueryAsync<TableEntity>(maxPerPage: 300, cancellationToken: Ct).AsPages().ToListAsync(Ct);
        string token = pages[1].ContinuationToken!;
        var resumed = await table.QueryAsync<TableEntity>(maxPerPage: 300, cancellationToken: Ct)
            .AsPages(token).ToListAsync(Ct);

        CollectionAssert.AreEqual(new[] { 300, 300, 300, 300, 50 }, pages.Select(p => p.Values.Count).ToArray());
        var firstTwo = pages.Take(2).SelectMany(p => p.Values).Select(e => e.RowKey);
        var rest = resumed.SelectMany(p => p.Values).Select(e => e.RowKey).ToList();
        Assert.AreEqual(ManyEntities - 600, rest.Count);
        CollectionAssert.AreEquivalent(
            Enumerable.Range(0, ManyEntities).Select(Key).ToList(), firstTwo.Concat(rest).ToList());
    }

    [TestMethod]
    public async Task Page_size_hint_overrides_max_per_page()
    {
        var table = await FillAsync(30);

        var pages = await table.QueryAsync<TableEntity>(maxPerPage: 100, cancellationToken: Ct).AsPages(pageSizeHint: 10).ToListAsync(Ct);

        CollectionAssert.AreEqual(new[] { 10, 10, 10 }, pages.Where(p => p.Values.Count > 0).Select(p => p.Values.Count).ToArray());
    }

    [TestMethod]
    public async Task Filter_value_with_a_quote_cannot_change_the_query()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        const string Hostile = "x' or PartitionKey ne 'x";
        await table.AddEntityAsync(new TableEntity("a", "1") { ["Unit"] = "Phường 1" }, Ct);
        await table.AddEntityAsync(new TableEntity("b", "1") { ["Unit"] = Hostile }, Ct);
        await table.AddEntityAsync(new TableEntity(Hostile, "1") { ["Unit"] = "Xã Hưng Đạo" }, Ct);

        var byUnit = await table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"Unit eq {Hostile}"), cancellationToken: Ct).ToListAsync(Ct);
        var byKey = await table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Hostile}"), cancellationToken: Ct).ToListAsync(Ct);
        var nothing = await table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {"x' or PartitionKey ne 'y"}"), cancellationToken: Ct).ToListAsync(Ct);

        Assert.AreEqual("b", byUnit.Single().PartitionKey);
        Assert.AreEqual("Xã Hưng Đạo", byKey.Single().GetString("Unit"));
        Assert.IsEmpty(nothing);
    }

    [TestMethod]
    public async Task Typed_filters_match_int64_datetime_guid_and_double_values()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var team = Guid.NewGuid();
        var due = new DateTimeOffset(2025, 3, 14, 8, 30, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("p", "1") { ["Budget"] = 5_000_000_000L, ["Due"] = due, ["Team"] = team, ["Score"] = 5.0 }, Ct);
        await table.AddEntityAsync(new TableEntity("p", "2") { ["Budget"] = 1L, ["Due"] = due.AddDays(30), ["Team"] = Guid.NewGuid(), ["Score"] = 4.5 }, Ct);

        async Task<string> Single(FormattableString filter) =>
            (await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(filter), cancellationToken: Ct).ToListAsync(Ct)).Single().RowKey;

        Assert.AreEqual("1", await Single($"Budget gt {4_000_000_000L}"));
        Assert.AreEqual("1", await Single($"Due lt {due.AddDays(1)}"));
        Assert.AreEqual("1", await Single($"Team eq {team}"));
        Assert.AreEqual("1", await Single($"Score eq {5.0}"));
    }

    private static string Key(int i) => i.ToString("D5", CultureInfo.InvariantCulture);

    private async Task<TableClient> FillAsync(int count)
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(TableClient.MaxTransactionActions))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(i => new TableTransactionAction(
                    TableTransactionActionType.Add, new TableEntity("p", Key(i)) { ["N"] = i })), Ct);
        }

        return table;
    }
}
