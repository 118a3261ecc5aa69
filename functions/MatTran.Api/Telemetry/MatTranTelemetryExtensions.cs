using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using MatTran.Inspections.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MatTran.Api.Telemetry;

public static class MatTranTelemetryExtensions
{
    public const string ServiceName = "mattran";

    /// <summary>Application Insights; set by infra/ in Azure. Traces, metrics and logs go there when it is set.</summary>
    public const string AppInsightsConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary><c>Authorization=AAD;ClientId=…</c>: send with that managed identity (the component has local auth off).</summary>
    public const string AppInsightsAuthenticationKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The OTLP collector (the standard variable); traces, metrics and logs go there too when it is set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry for either host: traces of our workflow steps (<see cref="WorkflowTelemetry.Source"/>), incoming
    /// and outgoing HTTP (link tokens removed from every URL tag, <see cref="LinkTokenRedaction"/>); metrics of the same
    /// plus our meter; logs through the OpenTelemetry logger. Exported to Azure Monitor when
    /// <see cref="AppInsightsConnectionStringKey"/> is set and to OTLP when <see cref="OtlpEndpointKey"/> is; with
    /// neither, nothing leaves the process (a test adds its in-memory exporter).
    /// </summary>
    public static IOpenTelemetryBuilder AddMatTranTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(WorkflowTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.EnrichWithHttpRequest = (activity, _) => LinkTokenRedaction.Scrub(activity))
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = (activity, _) => LinkTokenRedaction.Scrub(activity)))
            .WithMetrics(metrics => metrics
                .AddMeter(WorkflowTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();

        if (configuration[AppInsightsConnectionStringKey] is { Length: > 0 } connectionString)
        {
            string? clientId = ClientIdOf(configuration[AppInsightsAuthenticationKey]);
            telemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                if (clientId is not null)
                {
                    options.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
        }

        if (configuration[OtlpEndpointKey] is { Length: > 0 })
        {
            // The exporter reads the endpoint, headers and protocol from the standard OTEL_EXPORTER_OTLP_* variables.
            telemetry.UseOtlpExporter();
        }

        return telemetry;
    }

    /// <summary>The client id in an App Insights authentication string (<c>ClientId=…;Authorization=AAD</c>), if any.</summary>
    internal static string? ClientIdOf(string? authentication) =>
        authentication?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Equals("ClientId", StringComparison.OrdinalIgnoreCase) && pair[1].Length > 0)
            .Select(pair => pair[1])
            .FirstOrDefault();
}
