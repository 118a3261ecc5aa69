using MatTran.Api.Hosting;
using MatTran.Inspections.Workflows;
using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Maintenance;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace MatTran.LocalHost.Hosting;

public static class LocalHostExtensions
{
    /// <summary>The local port people expect of an Azure Functions app, so scripts and links work under either host.</summary>
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// The whole product in this process: host.json's engine settings, the shared API registrations
    /// (<see cref="MatTranApiExtensions.AddMatTranApi"/>) and the local durable engine running every workflow of
    /// <see cref="WorkflowCatalog"/> with the payload JSON both hosts share.
    /// </summary>
    /// <param name="registerMore">Further orchestrators/activities on the same task hub (the tests' own).</param>
    public static WebApplicationBuilder AddMatTranLocalHost(this WebApplicationBuilder builder, Action<LocalTaskHubRegistry>? registerMore = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddHostJsonUnderAppSettings(Path.Combine(AppContext.BaseDirectory, "host.json"));
        if (string.IsNullOrEmpty(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey)))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.UseLocalHostStaticWebAssets();
        builder.AddMatTranApi();
        builder.Services.AddSingleton<DataConverter>(new JsonDataConverter(WorkflowJson.Options));
        builder.Services.AddLocalDurableEngine(builder.Configuration, registry =>
        {
            foreach (var orchestrator in WorkflowCatalog.Orchestrators)
            {
                registry.AddOrchestrator(orchestrator.Name, orchestrator.Type);
            }

            foreach (var activity in WorkflowCatalog.Activities)
            {
                registry.AddActivity(activity.Name, activity.Type);
            }

            registerMore?.Invoke(registry);
        });
        builder.Services.AddHostedService<HistoryPurgeService>();
        return builder;
    }

    /// <summary>
    /// host.json's keys (under <c>AzureFunctionsJobHost</c>) as the first configuration source, so appsettings,
    /// environment variables and the command line override them — the way app settings override host.json in Azure.
    /// </summary>
    private static void AddHostJsonUnderAppSettings(this ConfigurationManager configuration, string path)
    {
        var hostJson = new ConfigurationBuilder().SetBasePath(Path.GetDirectoryName(path)!).AddHostJson(Path.GetFileName(path)).Build();
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.ChainedConfigurationSource { Configuration = hostJson });
    }
}
