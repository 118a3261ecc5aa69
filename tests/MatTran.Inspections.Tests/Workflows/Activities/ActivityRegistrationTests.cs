using MatTran.Inspections.Email;
using MatTran.Inspections.Links;
using MatTran.Inspections.Storage;
using MatTran.Inspections.Workflows;
using MatTran.Inspections.Workflows.Activities;
using Microsoft.Extensions.Configuration;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed class ActivityRegistrationTests
{
    public TestContext TestContext { get; set; } = null!;

    private async Task<ServiceProvider> ProviderAsync()
    {
        var servers = await Emulators.GetServersAsync(TestContext.CancellationToken);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageAccount.ConnectionStringKey] = servers.StorageConnectionString,
            ["UnitLinks:SigningKey"] = ActivityWorld.SigningKey,
            ["UnitLinks:PublicBaseUrl"] = "https://mattran.example.vn",
            ["Email:FromAddress"] = "kiemtra@mttq-caobang.example.vn",
            ["Email:Smtp:Port"] = servers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InspectionSchedule:NoticeLeadWorkingDays"] = "12",
            ["Workflow:FollowUpAfterWorkingDays"] = "20",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostApplicationLifetime, ApplicationLifetime>()
            .AddMatTranStorage(configuration);
        services.AddInspectionWorkflowServices(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [TestMethod]
    public async Task Every_activity_of_the_catalog_is_created_from_the_workflow_services_as_the_hosts_create_it()
    {
        await using var provider = await ProviderAsync();

        foreach (var registration in WorkflowCatalog.Activities)
        {
            Assert.IsInstanceOfType<ITaskActivity>(ActivatorUtilities.CreateInstance(provider, registration.Type), registration.Name);
        }
    }

    [TestMethod]
    public async Task Configuration_sections_reach_the_options_and_the_sender_is_idempotent()
    {
        await using var provider = await ProviderAsync();
        var services = provider.GetRequiredService<InspectionActivityServices>();

        Assert.AreEqual("https://mattran.example.vn", services.Options.PublicBaseUrl);
        Assert.AreEqual(20, services.Options.FollowUpAfterWorkingDays);
        Assert.AreEqual(12, services.Policy.NoticeLeadWorkingDays);
        Assert.AreEqual(ActivityWorld.SigningKey, provider.GetRequiredService<IOptions<UnitLinkOptions>>().Value.SigningKey);
        Assert.IsInstanceOfType<IdempotentEmailSender>(provider.GetRequiredService<IEmailSender>());
    }
}
