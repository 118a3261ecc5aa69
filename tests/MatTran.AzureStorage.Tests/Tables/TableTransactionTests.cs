using System.Globalization;
using Azure;
using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

[TestClass]
public sealed class TableTransactionTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_100_operation_batch_commits_every_operation()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        await table.AddEntityAsync(new TableEntity("p", Key(0)) { ["N"] = -1 }, Ct);
        await table.AddEntityAsync(new TableEntity("p", Key(1)), Ct);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", Key(0)) { ["N"] = 0 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", Key(1))),
        };
        actions.AddRange(Enumerable.Range(2, 98).Select(i =>
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", Key(i)) { ["N"] = i })));

        var response = await table.SubmitTransactionAsync(actions, Ct);

        Assert.AreEqual(100, response.Value.Count);
        Assert.AreEqual(202, response.GetRawResponse().Status);
        var stored = await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct);
        Assert.AreEqual(99, stored.Count);
        Assert.AreEqual(0, stored.Single(e => e.RowKey == Key(0)).GetInt32("N"));
        Assert.IsFalse(stored.Any(e => e.RowKey == Key(1)));
    }

    [TestMethod]
    public async Task A_batch_with_one_failing_operation_changes_nothing_and_names_its_index()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        await table.AddEntityAsync(new TableEntity("p", Key(57)) { ["N"] = -57 }, Ct);
        await table.AddEntityAsync(new TableEntity("p", "keep") { ["N"] = 1 }, Ct);
        var actions = Enumerable.Range(0, 99)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", Key(i)) { ["N"] = i }))
            .Append(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "keep") { ["N"] = 2 }))
            .ToList();

        var e = await Assert.ThrowsExactlyAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(actions, Ct));

        Assert.AreEqual(57, e.FailedTransactionActionIndex);
        Assert.AreEqual(409, e.Status);
        Assert.AreEqual(StorageErrorCodes.EntityAlreadyExists, e.ErrorCode);
        var stored = await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct);
        Assert.AreEqual(2, stored.Count);
        Assert.AreEqual(-57, stored.Single(x => x.RowKey == Key(57)).GetInt32("N"));
        Assert.AreEqual(1, stored.Single(x => x.RowKey == "keep").GetInt32("N"));
    }

    [TestMethod]
    public async Task A_stale_etag_in_a_batch_fails_it_with_412()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var stale = (await table.AddEntityAsync(new TableEntity("p", "meta") { ["Seq"] = 1 }, Ct)).Headers.ETag!.Value;
        await table.UpsertEntityAsync(new TableEntity("p", "meta") { ["Seq"] = 2 }, cancellationToken: Ct);

        var e = await Assert.ThrowsExactlyAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity("p", "h1")),
                new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "meta") { ["Seq"] = 3 }, stale),
            ], Ct));

        Assert.AreEqual(412, e.Status);
        Assert.AreEqual(1, e.FailedTransactionActionIndex);
        Assert.IsFalse((await table.GetEntityIfExistsAsync<TableEntity>("p", "h1", cancellationToken: Ct)).HasValue);
    }

    [TestMethod]
    public async Task Each_transaction_response_carries_the_new_etag_for_the_next_if_match()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);

        var first = await table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("p", "meta") { ["Seq"] = 1 })], Ct);
        ETag etag = first.Value[0].Headers.ETag!.Value;
        var second = await table.SubmitTransactionAsync(
            [new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "meta") { ["Seq"] = 2 }, etag)], Ct);

        var read = (await table.GetEntityAsync<TableEntity>("p", "meta", cancellationToken: Ct)).Value;
        Assert.AreEqual(2, read.GetInt32("Seq"));
        Assert.AreEqual(second.Value[0].Headers.ETag, read.ETag);
    }

    [TestMethod]
    public async Task A_101_operation_batch_is_rejected_before_sending()
    {
        var table = TableTestSupport.Service().GetTableClient(Emulators.UniqueName("t"));
        var actions = Enumerable.Range(0, 101)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", Key(i))));

        // The table does not exist: a request reaching the service would fail with 404, not ArgumentException.
        var e = await Assert.ThrowsExactlyAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions, Ct));
        StringAssert.Contains(e.Message, "100");
    }

    [TestMethod]
    public async Task A_batch_spanning_two_partitions_is_rejected_before_sending()
    {
        var table = TableTestSupport.Service().GetTableClient(Emulators.UniqueName("t"));

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity("p1", "r")),
                new(TableTransactionActionType.Add, new TableEntity("p2", "r")),
            ], Ct));
    }

    private static string Key(int i) => i.ToString("D3", CultureInfo.InvariantCulture);
}
