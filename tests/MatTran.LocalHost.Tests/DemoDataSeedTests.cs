using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class DemoDataSeedTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Seeding_twice_against_the_same_storage_leaves_one_approved_demo_plan_and_the_sample_units()
    {
        var settings = new Dictionary<string, string?> { ["DemoData:Seed"] = "true" };
        await using (await TestHost.StartAsync(settings, cancellationToken: TestContext.CancellationToken))
        {
        }

        await using var second = await TestHost.StartAsync(settings, cancellationToken: TestContext.CancellationToken);

        int year = MatTran.Api.DemoData.DemoDataSeeder.DemoYear(second.Services.GetRequiredService<TimeProvider>());
        var plans = (await second.Services.GetRequiredService<PlanStore>().ListAsync(year, TestContext.CancellationToken))
            .Where(p => p.IssuerUnitId == "cb" && p.Number == "325/KH-MTTQ-BTT").ToList();
        Assert.HasCount(1, plans);
        var plan = await second.Services.GetRequiredService<PlanStore>().FindAsync(plans[0].Id, TestContext.CancellationToken);
        Assert.AreEqual($"Kế hoạch kiểm tra công tác Mặt trận năm {year}", plan!.Title, "the sample moves to next year so its deadlines lie ahead");
        Assert.IsTrue(plan.Inspections.All(i => i.Planned.VisitDate.Year == year && i.Planned.VisitDate > DateOnly.FromDateTime(second.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)));
        Assert.AreEqual(PlanStatus.Approved, plans[0].Status);
        Assert.AreEqual(3, plans[0].InspectionCount);
        var units = (await second.Services.GetRequiredService<UnitStore>().ListAsync(TestContext.CancellationToken)).Select(u => u.Id).ToHashSet();
        Assert.IsTrue(new[] { "cb", "cb-hoaan", "cb-hoaan-hongviet" }.All(units.Contains));
    }

    [TestMethod]
    public async Task Seeding_is_off_unless_configured()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        Assert.IsFalse(host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Any(s => s is MatTran.Api.DemoData.DemoDataSeeder));
    }
}
