using Azure;
using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

[TestClass]
public sealed class TableEntityTests
{
    [TestMethod]
    public void System_properties_live_in_the_bag_under_their_service_names()
    {
        var entity = new TableEntity("p", "r") { ETag = new ETag("W/\"1\"") };

        Assert.AreEqual("p", entity["PartitionKey"]);
        Assert.AreEqual("r", entity["RowKey"]);
        Assert.AreEqual("W/\"1\"", entity["odata.etag"]);
    }

    [TestMethod]
    public void Default_etag_stays_default()
    {
        var entity = new TableEntity("p", "r") { ETag = default };

        Assert.AreEqual(default, entity.ETag);
    }

    [TestMethod]
    public void Typed_getters_return_null_for_missing_properties()
    {
        var entity = new TableEntity("p", "r");

        Assert.IsNull(entity.GetInt64("Missing"));
        Assert.IsNull(entity.GetString("Missing"));
        Assert.IsNull(entity.GetBinaryData("Missing"));
    }

    [TestMethod]
    public void Getter_of_the_wrong_type_names_the_property()
    {
        var entity = new TableEntity("p", "r") { ["Due"] = "not a date" };

        var e = Assert.ThrowsExactly<InvalidOperationException>(() => entity.GetDateTimeOffset("Due"));
        StringAssert.Contains(e.Message, "Due");
    }

    [TestMethod]
    public void Double_getter_widens_an_int32_value() =>
        Assert.AreEqual(5.0, new TableEntity("p", "r") { ["Score"] = 5 }.GetDouble("Score"));

    [TestMethod]
    public void DateTime_getter_returns_utc() =>
        Assert.AreEqual(
            DateTimeKind.Utc,
            new TableEntity("p", "r") { ["At"] = new DateTimeOffset(2024, 1, 1, 7, 0, 0, TimeSpan.FromHours(7)) }.GetDateTime("At")!.Value.Kind);
}
