using MatTran.LocalHost.Engine;
using Microsoft.Extensions.Configuration;

namespace MatTran.LocalHost.Tests.Engine;

[TestClass]
public sealed class HostJsonConfigurationTests
{
    private const string HostJson = """
        {
          "version": "2.0",
          "extensions": {
            "http": { "routePrefix": "" },
            "durableTask": {
              "hubName": "MatTranHub",
              "storageProvider": { "partitionCount": 3, "maxQueuePollingInterval": "00:00:02" },
              "maxConcurrentActivityFunctions": 12
            }
          }
        }
        """;

    private string _folder = null!;

    [TestInitialize]
    public void WriteHostJson()
    {
        _folder = Directory.CreateTempSubdirectory("hostjson").FullName;
        File.WriteAllText(Path.Combine(_folder, "host.json"), HostJson);
    }

    [TestCleanup]
    public void DeleteHostJson() => Directory.Delete(_folder, recursive: true);

    [TestMethod]
    public void Host_json_keys_appear_under_AzureFunctionsJobHost()
    {
        IConfiguration configuration = new ConfigurationBuilder().SetBasePath(_folder).AddHostJson("host.json").Build();

        Assert.AreEqual("2.0", configuration["AzureFunctionsJobHost:version"]);
        Assert.AreEqual("", configuration["AzureFunctionsJobHost:extensions:http:routePrefix"]);
        Assert.AreEqual("3", configuration["AzureFunctionsJobHost:extensions:durableTask:storageProvider:partitionCount"]);
    }

    [TestMethod]
    public void The_engine_options_come_from_host_json()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddHostJson(Path.Combine(_folder, "host.json")).Build();

        DurableEngineOptions options = DurableEngineOptions.FromConfiguration(configuration);

        Assert.AreEqual("MatTranHub", options.HubName);
        Assert.AreEqual(3, options.PartitionCount);
        Assert.AreEqual(TimeSpan.FromSeconds(2), options.MaxQueuePollingInterval);
        Assert.AreEqual(12, options.MaxConcurrentActivityFunctions);
    }

    [TestMethod]
    public void A_later_app_setting_overrides_host_json_as_in_azure()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .SetBasePath(_folder)
            .AddHostJson("host.json")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "Override" })
            .Build();

        Assert.AreEqual("Override", DurableEngineOptions.FromConfiguration(configuration).HubName);
    }

    [TestMethod]
    public void A_missing_host_json_fails_unless_optional()
    {
        Assert.ThrowsExactly<FileNotFoundException>(() => new ConfigurationBuilder().SetBasePath(_folder).AddHostJson("missing.json"));

        IConfiguration configuration = new ConfigurationBuilder().SetBasePath(_folder).AddHostJson("missing.json", optional: true).Build();
        Assert.AreEqual("MatTran", DurableEngineOptions.FromConfiguration(configuration).HubName);
    }
}
