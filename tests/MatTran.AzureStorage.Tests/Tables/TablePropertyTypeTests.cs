using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

[TestClass]
public sealed class TablePropertyTypeTests
{
    private const string VietnameseText = "Ủy ban MTTQ huyện Hòa An";

    // 2024-03-05 07:08:09.123 plus 4,567 ticks: milliseconds and the last 100 ns digit must both survive.
    private static readonly DateTimeOffset PreciseMoment =
        new DateTimeOffset(2024, 3, 5, 7, 8, 9, 123, TimeSpan.Zero).AddTicks(4_567);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Every_property_type_round_trips_exactly()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var id = Guid.NewGuid();
        byte[] bytes = [0, 1, 2, 254, 255, 0x27];
        var entity = new TableEntity("p", "r")
        {
            ["Int64Max"] = long.MaxValue,
            ["Int64Min"] = long.MinValue,
            ["Int32"] = int.MinValue,
            ["Moment"] = PreciseMoment,
            ["LocalMoment"] = new DateTimeOffset(2024, 3, 5, 14, 8, 9, TimeSpan.FromHours(7)),
            ["Id"] = id,
            ["Bytes"] = bytes,
            ["Data"] = new BinaryData(new byte[] { 9, 8, 7 }),
            ["Integral"] = 5.0,
            ["Fraction"] = 0.1 + 0.2,
            ["NaN"] = double.NaN,
            ["Infinity"] = double.PositiveInfinity,
            ["True"] = true,
            ["False"] = false,
            ["Text"] = VietnameseText,
            ["Empty"] = string.Empty,
        };

        await table.AddEntityAsync(entity, Ct);
        var read = (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value;

        Assert.AreEqual(long.MaxValue, read["Int64Max"]);
        Assert.AreEqual(long.MinValue, read["Int64Min"]);
        Assert.AreEqual(int.MinValue, read["Int32"]);
        Assert.AreEqual(PreciseMoment, read["Moment"]);
        Assert.AreEqual(PreciseMoment.UtcTicks, read.GetDateTimeOffset("Moment")!.Value.UtcTicks);
        Assert.AreEqual(new DateTimeOffset(2024, 3, 5, 7, 8, 9, TimeSpan.Zero), read.GetDateTimeOffset("LocalMoment"));
        Assert.AreEqual(id, read["Id"]);
        CollectionAssert.AreEqual(bytes, read.GetBinary("Bytes"));
        CollectionAssert.AreEqual(new byte[] { 9, 8, 7 }, read.GetBinaryData("Data")!.ToArray());
        Assert.AreEqual(5.0, read["Integral"]);
        Assert.AreEqual(0.1 + 0.2, read["Fraction"]);
        Assert.IsTrue(double.IsNaN(read.GetDouble("NaN")!.Value));
        Assert.AreEqual(double.PositiveInfinity, read["Infinity"]);
        Assert.AreEqual(true, read["True"]);
        Assert.AreEqual(false, read["False"]);
        Assert.AreEqual(VietnameseText, read["Text"]);
        Assert.AreEqual(string.Empty, read["Empty"]);
    }

    [TestMethod]
    public async Task Keys_with_vietnamese_text_quotes_and_spaces_address_the_right_entity()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        const string PartitionKey = "Ủy ban MTTQ huyện Hòa An";
        const string RowKey = "O'Brien's 'quoted' key % + &";
        await table.AddEntityAsync(new TableEntity(PartitionKey, RowKey) { ["N"] = 1 }, Ct);

        var read = (await table.GetEntityAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: Ct)).Value;
        await table.UpdateEntityAsync(new TableEntity(PartitionKey, RowKey) { ["N"] = 2 }, read.ETag, cancellationToken: Ct);
        var queried = await table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey} and RowKey eq {RowKey}"), cancellationToken: Ct).ToListAsync(Ct);
        await table.DeleteEntityAsync(PartitionKey, RowKey, cancellationToken: Ct);

        Assert.AreEqual(PartitionKey, read.PartitionKey);
        Assert.AreEqual(RowKey, read.RowKey);
        Assert.AreEqual(2, queried.Single().GetInt32("N"));
        Assert.IsEmpty(await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct));
    }

    [TestMethod]
    public async Task Typed_entity_round_trips_every_property()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var row = new InspectionRow
        {
            PartitionKey = "325-KH-MTTQ-BTT",
            RowKey = "Xã Hưng Đạo",
            Unit = VietnameseText,
            Members = 17,
            BudgetVnd = 12_500_000_000L,
            Score = 9.0,
            Closed = true,
            VisitAt = PreciseMoment,
            DueUtc = new DateTime(2024, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc).AddTicks(9_999),
            TeamId = Guid.NewGuid(),
            Evidence = [1, 2, 3],
            Signature = new BinaryData(new byte[] { 4, 5 }),
            Kind = InspectionKind.FollowUp,
            OptionalCount = 3,
            OptionalClosedAt = null,
            OptionalKind = InspectionKind.Supervision,
        };

        var added = await table.AddEntityAsync(row, Ct);
        var read = (await table.GetEntityAsync<InspectionRow>(row.PartitionKey, row.RowKey, cancellationToken: Ct)).Value;
        var queried = (await table.QueryAsync<InspectionRow>(cancellationToken: Ct).ToListAsync(Ct)).Single();

        foreach (var copy in new[] { read, queried })
        {
            Assert.AreEqual(row.Unit, copy.Unit);
            Assert.AreEqual(row.Members, copy.Members);
            Assert.AreEqual(row.BudgetVnd, copy.BudgetVnd);
            Assert.AreEqual(row.Score, copy.Score);
            Assert.AreEqual(row.Closed, copy.Closed);
            Assert.AreEqual(row.VisitAt, copy.VisitAt);
            Assert.AreEqual(row.DueUtc, copy.DueUtc);
            Assert.AreEqual(DateTimeKind.Utc, copy.DueUtc.Kind);
            Assert.AreEqual(row.TeamId, copy.TeamId);
            CollectionAssert.AreEqual(row.Evidence, copy.Evidence);
            CollectionAssert.AreEqual(row.Signature.ToArray(), copy.Signature!.ToArray());
            Assert.AreEqual(row.Kind, copy.Kind);
            Assert.AreEqual(row.OptionalCount, copy.OptionalCount);
            Assert.IsNull(copy.OptionalClosedAt);
            Assert.AreEqual(row.OptionalKind, copy.OptionalKind);
            Assert.AreEqual(added.Headers.ETag, copy.ETag);
            Assert.IsNotNull(copy.Timestamp);
        }
    }

    [TestMethod]
    public async Task Typed_entity_is_stored_with_edm_types_a_property_bag_can_read()
    {
        var table = await TableTestSupport.NewTableAsync(Ct);
        var row = new InspectionRow { PartitionKey = "p", RowKey = "r", BudgetVnd = 7, Score = 2.0, Kind = InspectionKind.Supervision };

        await table.UpsertEntityAsync(row, cancellationToken: Ct);
        var bag = (await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: Ct)).Value;

        Assert.IsInstanceOfType<long>(bag["BudgetVnd"]);
        Assert.IsInstanceOfType<double>(bag["Score"]);
        Assert.AreEqual("Supervision", bag["Kind"]);
        Assert.IsFalse(bag.ContainsKey("OptionalCount"), "null properties are not stored");
    }
}
