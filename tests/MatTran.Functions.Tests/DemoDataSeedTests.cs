using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Functions.Tests;

[TestClass]
public sealed class DemoDataSeedTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Seeding_twice_against_the_same_storage_leaves_one_approved_demo_plan_and_the_sample_units()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Emulators.Servers.StorageConnectionString,
            ["DemoData:Seed"] = "true",
        };
        await using (await TestHost.StartAsync(settings, cancellationToken: TestContext.CancellationToken))
        {
        }

        await using var second = await TestHost.StartAsync(settings, cancellationToken: TestContext.CancellationToken);

        var plans = (await second.Services.GetRequiredService<PlanStore>().ListAsync(2023, TestContext.CancellationToken))
            .Where(p => p.IssuerUnitId == "cb" && p.Number == "325/KH-MTTQ-BTT").ToList();
        Assert.HasCount(1, plans);
        Assert.AreEqual(PlanStatus.Approved, plans[0].Status);
        Assert.AreEqual(3, plans[0].InspectionCount);
        var units = (await second.Services.GetRequiredService<UnitStore>().ListAsync(TestContext.CancellationToken)).Select(u => u.Id).ToHashSet();
        Assert.IsTrue(new[] { "cb", "cb-hoaan", "cb-hoaan-hongviet" }.All(units.Contains));
    }

    [TestMethod]
    public async Task Seeding_is_off_unless_configured()
    {
        await using var host = await TestHost.StartWithAzuriteAsync(TestContext.CancellationToken);

        Assert.IsFalse(host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Any(s => s is DemoData.DemoDataSeeder));
    }
}
