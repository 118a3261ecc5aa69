using MatTran.LocalHost.Engine;
using Microsoft.Extensions.Configuration;

namespace MatTran.LocalHost.Tests.Engine;

[TestClass]
public sealed class DurableEngineOptionsTests
{
    [TestMethod]
    public void Without_settings_the_defaults_apply()
    {
        DurableEngineOptions options = DurableEngineOptions.FromConfiguration(Configuration());

        Assert.AreEqual("MatTran", options.HubName);
        Assert.AreEqual(4, options.PartitionCount);
        Assert.AreEqual(TimeSpan.FromSeconds(1), options.MaxQueuePollingInterval);
        Assert.AreEqual(10 * Environment.ProcessorCount, options.MaxConcurrentOrchestratorFunctions);
        Assert.AreEqual(10 * Environment.ProcessorCount, options.MaxConcurrentActivityFunctions);
        Assert.AreEqual(TimeSpan.FromDays(6), options.MaximumTimerInterval);
    }

    [TestMethod]
    public void The_durable_extension_keys_of_host_json_are_read()
    {
        DurableEngineOptions options = DurableEngineOptions.FromConfiguration(Configuration(
            ("AzureFunctionsJobHost:extensions:durableTask:hubName", "MatTranProd"),
            ("AzureFunctionsJobHost:extensions:durableTask:storageProvider:partitionCount", "8"),
            ("AzureFunctionsJobHost:extensions:durableTask:storageProvider:maxQueuePollingInterval", "00:00:30"),
            ("AzureFunctionsJobHost:extensions:durableTask:maxConcurrentOrchestratorFunctions", "5"),
            ("AzureFunctionsJobHost:extensions:durableTask:maxConcurrentActivityFunctions", "7")));

        Assert.AreEqual("MatTranProd", options.HubName);
        Assert.AreEqual(8, options.PartitionCount);
        Assert.AreEqual(TimeSpan.FromSeconds(30), options.MaxQueuePollingInterval);
        Assert.AreEqual(5, options.MaxConcurrentOrchestratorFunctions);
        Assert.AreEqual(7, options.MaxConcurrentActivityFunctions);
    }

    [TestMethod]
    [DataRow("hubName", "ab")]
    [DataRow("hubName", "9lives")]
    [DataRow("hubName", "mat-tran")]
    [DataRow("storageProvider:partitionCount", "17")]
    [DataRow("storageProvider:partitionCount", "four")]
    [DataRow("storageProvider:maxQueuePollingInterval", "soon")]
    [DataRow("maxConcurrentActivityFunctions", "0")]
    public void An_invalid_setting_fails_naming_its_key(string key, string value)
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() =>
            DurableEngineOptions.FromConfiguration(Configuration(($"{DurableEngineOptions.SectionPath}:{key}", value))));

        StringAssert.Contains(error.Message, key);
    }

    [TestMethod]
    public void A_maximum_timer_interval_over_six_days_is_refused()
    {
        var options = new DurableEngineOptions { MaximumTimerInterval = TimeSpan.FromDays(7) };

        Assert.ThrowsExactly<InvalidOperationException>(options.Validate);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
}
