using System.Globalization;
using System.Text.Json.Serialization;
using MatTran.Durable;
using MatTran.Api.Auth;
using MatTran.Api.DemoData;
using MatTran.Api.Durable;
using MatTran.Api.Storage;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Workflows;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MatTran.Api.Hosting;

public static class HostingExtensions
{
    /// <summary>Everything the host needs, registered in one place so Program.cs stays short.</summary>
    /// <param name="configureDurable">Registrations added to the task hub after the host's own (the tests' orchestrators).</param>
    public static WebApplicationBuilder AddMatTranHost(this WebApplicationBuilder builder, Action<DurableTaskOptions>? configureDurable = null)
    {
        builder.ListenWhereTheFunctionsHostExpects();
        builder.KeepLinkTokensOutOfTheLog();
        builder.Services.AddProblemDetails();
        builder.Services.AddStorageAccount(builder.Configuration);
        builder.AddMatTranDurable(configureDurable);
        builder.Services.AddSingleton<Health.StorageHealthProbe>();
        builder.AddMatTranAuthentication();
        builder.AddApiConventions();
        builder.AddReadModel();
        builder.AddInspectionApi();
        return builder;
    }

    /// <summary>
    /// JSON is camelCase (the web defaults) with enums as their names. Unreadable bodies answer 400/413/415 as
    /// problem+json in every environment, rather than throwing in Development only.
    /// </summary>
    private static void AddApiConventions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
    }

    private static void AddReadModel(this WebApplicationBuilder builder)
    {
        var calendarOptions = builder.Configuration.GetSection("Calendar").Get<WorkingDayCalendarOptions>() ?? new WorkingDayCalendarOptions();
        builder.Services.AddSingleton(new WorkingDayCalendar(calendarOptions));
        builder.Services.AddSingleton(services =>
            new UnitStore(services.GetRequiredService<StorageAccountClients>().Tables.GetTableClient(UnitStore.DefaultTableName)));
        builder.Services.AddSingleton(services => new PlanStore(
            services.GetRequiredService<StorageAccountClients>().Tables.GetTableClient(PlanStore.DefaultTableName),
            services.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// The workflow services (stores, document storage, signed links, email; they take the storage service clients
    /// registered above), the upload policy (section <c>Uploads</c>) the API checks files against, and, in
    /// Development/Test with <c>DemoData:Seed=true</c>, the demo-data seeder.
    /// </summary>
    private static void AddInspectionApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddInspectionWorkflowServices(builder.Configuration);
        services.TryAddSingleton(builder.Configuration.GetSection("Uploads").Get<UploadPolicy>() ?? new UploadPolicy());
        services.TryAddSingleton(provider => new UploadValidator(provider.GetRequiredService<UploadPolicy>()));
        if (DemoDataSeeder.IsEnabled(builder.Environment, builder.Configuration))
        {
            services.AddHostedService<DemoDataSeeder>();
        }
    }

    /// <summary>
    /// ASP.NET Core's request log prints every URL with its query string, and a unit's link token travels in the query
    /// (<c>?t=</c>). Whatever the configured levels, that category logs only warnings and errors, which carry no URL.
    /// Added after configuration is bound, so it is the last rule for the category and wins over any setting.
    /// </summary>
    private static void KeepLinkTokensOutOfTheLog(this WebApplicationBuilder builder) =>
        builder.Services.PostConfigure<LoggerFilterOptions>(options =>
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning, null)));

    /// <summary>
    /// Under the Azure Functions host the custom handler must listen on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>; otherwise
    /// the configured URLs apply, defaulting to http://localhost:7071 (the Functions local port people expect).
    /// </summary>
    private static void ListenWhereTheFunctionsHostExpects(this WebApplicationBuilder builder)
    {
        string? port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int customHandlerPort))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{customHandlerPort}");
        }
        else if (string.IsNullOrEmpty(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey)))
        {
            builder.WebHost.UseUrls("http://localhost:7071");
        }
    }
}
