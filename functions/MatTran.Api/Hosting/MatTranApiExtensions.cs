using System.Text.Json.Serialization;
using MatTran.Api.DemoData;
using MatTran.Api.Health;
using MatTran.Api.Http;
using MatTran.Api.Maintenance;
using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Api.Telemetry;
using MatTran.Inspections.Storage;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Workflows;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MatTran.Api.Hosting;

public static class MatTranApiExtensions
{
    /// <summary>
    /// Everything the HTTP API needs, registered once for both hosts (the local host and the Functions app): JSON
    /// conventions, problem details, storage clients, the workflow services (stores, documents, links, email), the
    /// upload policy (section <c>Uploads</c>), the access policy, plan time, the health probe and, in Development/Test
    /// with <c>DemoData:Seed=true</c>, the demo-data seeder; and OpenTelemetry (<see cref="MatTranTelemetryExtensions.AddMatTranTelemetry"/>). The durable client comes from the host (its engine).
    /// </summary>
    public static IHostApplicationBuilder AddMatTranApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.KeepLinkTokensOutOfTheLog();
        builder.AddMatTranTelemetry();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = DefaultProblemCodes.Apply);
        // JSON is camelCase (the web defaults) with enums as their names only: a number ("kind": 1) is unreadable (400),
        // as docs/api.md promises. Unreadable bodies answer 400/413/415 as problem+json in every environment, rather
        // than throwing in Development only.
        // A key sent twice ({"reason": "a", "reason": "b"}) is unreadable too, not "the last one wins": a proxy or a
        // log reading the first would see another request than the handler; so is a number sent as a string
        // ("year": "2027", which the web defaults would take). Every string is read in NFC.
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new NormalizedStringConverter());
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);

        services.AddMatTranStorage(configuration);
        services.AddInspectionWorkflowServices(configuration);
        services.TryAddSingleton(configuration.GetSection("Uploads").Get<UploadPolicy>() ?? new UploadPolicy());
        services.TryAddSingleton(provider => new UploadValidator(provider.GetRequiredService<UploadPolicy>()));

        services.TryAddSingleton<ApiAccessPolicy>();
        services.TryAddSingleton<ApiRouteDelegates>();
        services.TryAddSingleton<PlanTime>();
        services.TryAddSingleton<StorageHealthProbe>();
        services.AddOptions<HistoryPurgeOptions>().Bind(configuration.GetSection(HistoryPurgeOptions.SectionName));
        services.TryAddSingleton<OrchestrationHistoryPurge>();
        if (DemoDataSeeder.IsEnabled(builder.Environment, configuration))
        {
            services.AddHostedService<DemoDataSeeder>();
        }

        return builder;
    }

    /// <summary>
    /// ASP.NET Core's request log prints every URL with its query string, and a unit's link token travels in the query
    /// (<c>?t=</c>). Whatever the configured levels, that category logs only warnings and errors, which carry no URL.
    /// Added after configuration is bound, so it is the last rule for the category and wins over any setting.
    /// </summary>
    private static void KeepLinkTokensOutOfTheLog(this IHostApplicationBuilder builder) =>
        builder.Services.PostConfigure<LoggerFilterOptions>(options =>
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning, null)));
}
