namespace MatTran.AzureStorage.Tests;

[TestClass]
public sealed class ConnectionStringTests
{
    [TestMethod]
    public void Development_storage_uses_emulator_account_and_default_ports()
    {
        var cs = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.AreEqual("devstoreaccount1", cs.AccountName);
        Assert.AreEqual(new Uri("http://127.0.0.1:10000/devstoreaccount1/"), cs.BlobEndpoint);
        Assert.AreEqual(new Uri("http://127.0.0.1:10001/devstoreaccount1/"), cs.QueueEndpoint);
        Assert.AreEqual(new Uri("http://127.0.0.1:10002/devstoreaccount1/"), cs.TableEndpoint);
        Assert.IsNotNull(cs.Credential);
    }

    [TestMethod]
    public void Account_connection_string_derives_endpoints_from_suffix()
    {
        var cs = StorageConnectionString.Parse(
            "DefaultEndpointsProtocol=https;AccountName=mattranprod;AccountKey=" +
            Convert.ToBase64String(new byte[32]) + ";EndpointSuffix=core.windows.net");

        Assert.AreEqual(new Uri("https://mattranprod.blob.core.windows.net/"), cs.BlobEndpoint);
        Assert.AreEqual(new Uri("https://mattranprod.table.core.windows.net/"), cs.TableEndpoint);
        Assert.AreEqual(new Uri("https://mattranprod.queue.core.windows.net/"), cs.QueueEndpoint);
    }

    [TestMethod]
    public void Explicit_endpoints_win_over_the_suffix()
    {
        var cs = StorageConnectionString.Parse(
            "AccountName=devstoreaccount1;AccountKey=" + StorageConnectionString.DevelopmentAccountKey +
            ";BlobEndpoint=http://127.0.0.1:5000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:5001/devstoreaccount1;" +
            "TableEndpoint=http://127.0.0.1:5002/devstoreaccount1");

        Assert.AreEqual(new Uri("http://127.0.0.1:5002/devstoreaccount1/"), cs.TableEndpoint);
    }

    [TestMethod]
    public void Missing_key_and_sas_is_rejected()
    {
        var e = Assert.ThrowsExactly<FormatException>(() => StorageConnectionString.Parse("AccountName=x"));
        StringAssert.Contains(e.Message, "AccountKey");
    }

    [TestMethod]
    public void Malformed_segment_error_does_not_echo_the_key()
    {
        var e = Assert.ThrowsExactly<FormatException>(() => StorageConnectionString.Parse("AccountKeysecret"));
        Assert.IsFalse(e.Message.Contains("secret", StringComparison.Ordinal));
    }
}
