using Azure;
using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

[TestClass]
public sealed class TableEntityCrudTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Inserted_entity_reads_back_with_its_etag_and_timestamp()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["Unit"] = "Xã Hưng Đạo" }, Ct);

        var read = (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value;

        Assert.AreEqual("Xã Hưng Đạo", read.GetString("Unit"));
        Assert.AreEqual(added.Headers.ETag, read.ETag);
        Assert.IsNotNull(read.Timestamp);
    }

    [TestMethod]
    public async Task Inserting_an_existing_key_fails_with_409_EntityAlreadyExists()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        await table.AddEntityAsync(new TableEntity("p", "r"), Ct);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r"), Ct));

        Assert.AreEqual(409, e.Status);
        Assert.AreEqual(StorageErrorCodes.EntityAlreadyExists, e.ErrorCode);
    }

    [TestMethod]
    public async Task Getting_a_missing_entity_fails_with_404_ResourceNotFound()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => table.GetEntityAsync<TableEntity>("p", "missing", cancellationToken: Ct));

        Assert.AreEqual(404, e.Status);
        Assert.AreEqual(StorageErrorCodes.ResourceNotFound, e.ErrorCode);
    }

    [TestMethod]
    public async Task Get_if_exists_answers_no_value_for_a_missing_entity()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);

        var response = await table.GetEntityIfExistsAsync<TableEntity>("p", "missing", cancellationToken: Ct);

        Assert.IsFalse(response.HasValue);
        Assert.AreEqual(404, response.GetRawResponse().Status);
    }

    [TestMethod]
    public async Task Upsert_merge_keeps_properties_the_entity_omits()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, Ct);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge, Ct);

        var read = (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value;
        Assert.AreEqual("a", read.GetString("A"));
        Assert.AreEqual("b2", read.GetString("B"));
    }

    [TestMethod]
    public async Task Upsert_replace_drops_properties_the_entity_omits()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, Ct);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Replace, Ct);

        var read = (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value;
        Assert.IsFalse(read.ContainsKey("A"));
        Assert.AreEqual("b2", read.GetString("B"));
    }

    [TestMethod]
    public async Task Upsert_creates_a_missing_entity()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);

        await table.UpsertEntityAsync(new TableEntity("p", "new") { ["A"] = 1 }, cancellationToken: Ct);

        Assert.AreEqual(1, (await table.GetEntityAsync<TableEntity>("p", "new", cancellationToken: Ct)).Value.GetInt32("A"));
    }

    [TestMethod]
    public async Task Update_with_the_current_etag_succeeds_and_returns_the_new_etag()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 }, Ct);

        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, first.Headers.ETag!.Value, cancellationToken: Ct);

        var read = (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value;
        Assert.AreEqual(2, read.GetInt32("N"));
        Assert.AreNotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.AreEqual(second.Headers.ETag, read.ETag);
    }

    [TestMethod]
    public async Task Stale_etag_update_fails_with_412_UpdateConditionNotSatisfied()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var stale = (await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 }, Ct)).Headers.ETag!.Value;
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, stale, cancellationToken: Ct);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, stale, TableUpdateMode.Replace, Ct));

        Assert.AreEqual(412, e.Status);
        Assert.AreEqual(StorageErrorCodes.UpdateConditionNotSatisfied, e.ErrorCode);
        Assert.AreEqual(2, (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value.GetInt32("N"));
    }

    [TestMethod]
    public async Task Update_of_a_missing_entity_fails_with_404()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "none"), ETag.All, cancellationToken: Ct));

        Assert.AreEqual(404, e.Status);
    }

    [TestMethod]
    public async Task Delete_removes_the_entity()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var etag = (await table.AddEntityAsync(new TableEntity("p", "r"), Ct)).Headers.ETag!.Value;

        var response = await table.DeleteEntityAsync("p", "r", etag, Ct);

        Assert.AreEqual(204, response.Status);
        Assert.IsFalse((await table.GetEntityIfExistsAsync<TableEntity>("p", "r", cancellationToken: Ct)).HasValue);
    }

    [TestMethod]
    public async Task Delete_with_a_stale_etag_fails_with_412_and_keeps_the_entity()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var stale = (await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 }, Ct)).Headers.ETag!.Value;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, cancellationToken: Ct);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", stale, Ct));

        Assert.AreEqual(412, e.Status);
        Assert.AreEqual(StorageErrorCodes.UpdateConditionNotSatisfied, e.ErrorCode);
        Assert.IsTrue((await table.GetEntityIfExistsAsync<TableEntity>("p", "r", cancellationToken: Ct)).HasValue);
    }

    [TestMethod]
    public async Task Select_returns_only_the_named_properties()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b", ["C"] = 3 }, Ct);

        var read = (await table.GetEntityAsync<TableEntity>("p", "r", ["A", "C"], Ct)).Value;
        var queried = await table.QueryAsync<TableEntity>(select: ["B"], cancellationToken: Ct).ToListAsync(Ct);

        Assert.AreEqual("a", read.GetString("A"));
        Assert.AreEqual(3, read.GetInt32("C"));
        Assert.IsFalse(read.ContainsKey("B"));
        Assert.AreEqual("b", queried.Single().GetString("B"));
        Assert.IsFalse(queried.Single().ContainsKey("A"));
    }

    [TestMethod]
    public async Task Create_if_not_exists_accepts_an_existing_table_and_delete_removes_it()
    {
        var service = TableTestSupport.Service();
        string name = Emulators.UniqueName("t");

        var created = await service.CreateTableIfNotExistsAsync(name, Ct);
        var again = await service.CreateTableIfNotExistsAsync(name, Ct);
        await service.DeleteTableAsync(name, Ct);

        Assert.AreEqual(204, created.GetRawResponse().Status);
        Assert.AreEqual(409, again.GetRawResponse().Status);
        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(
            () => service.GetTableClient(name).AddEntityAsync(new TableEntity("p", "r"), Ct));
        Assert.AreEqual(404, e.Status);
        Assert.AreEqual(StorageErrorCodes.TableNotFound, e.ErrorCode);
    }

    [TestMethod]
    public async Task A_wrong_account_key_is_rejected_so_signing_is_really_checked()
    {
        var endpoint = Emulators.Connection.TableEndpoint;
        var wrongKey = new StorageSharedKeyCredential(StorageConnectionString.DevelopmentAccountName, Convert.ToBase64String(new byte[64]));
        var table = new TableClient(endpoint, Emulators.UniqueName("t"), wrongKey);

        var e = await Assert.ThrowsExactlyAsync<RequestFailedException>(() => table.CreateIfNotExistsAsync(Ct));

        // Azure answers AuthenticationFailed, Azurite's Table emulator AuthorizationFailure: the status is the common ground.
        Assert.AreEqual(403, e.Status);
    }

    [TestMethod]
    public async Task Deleting_what_is_already_gone_returns_404_without_throwing()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);

        var entity = await table.DeleteEntityAsync("p", "never-there", cancellationToken: Ct);
        var missingTable = await TableTestSupport.Service().DeleteTableAsync(Emulators.UniqueName("t"), Ct);

        Assert.AreEqual(404, entity.Status);
        Assert.AreEqual(404, missingTable.Status);
    }
}
