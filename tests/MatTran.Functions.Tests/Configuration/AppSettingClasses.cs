using MatTran.Api.Maintenance;
using MatTran.Api.Telemetry;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Email;
using MatTran.Inspections.Links;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.Storage;
using MatTran.Inspections.Workflows;
using MatTran.Inspections.Workflows.Activities;

namespace MatTran.Functions.Tests.Configuration;

/// <summary>
/// Every setting the Functions app reads, in one of three classes, named with the code's own constants so a rename
/// moves with the code. A setting the code starts reading fails the drift test until it is put in one of them (and,
/// when required, in Bicep).
/// </summary>
internal static class AppSettingClasses
{
    /// <summary>No default works in Azure: infra/ must set each (the test checks Bicep sets exactly these, plus the platform's).</summary>
    public static IReadOnlyList<string> RequiredInAzure { get; } =
    [
        StorageAccount.FunctionsAccountNameKey,
        StorageAccount.FunctionsClientIdKey,
        Key(UnitLinkOptions.SectionName, nameof(UnitLinkOptions.SigningKey)),
        Key(UnitLinkOptions.SectionName, nameof(UnitLinkOptions.PreviousSigningKey)),
        InspectionWorkflowServiceCollectionExtensions.PublicBaseUrlKey,
        Key(EmailOptions.SectionName, nameof(EmailOptions.FromAddress)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.FromDisplayName)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Host)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Port)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.EnableSsl)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.UserName)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Authentication)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.ClientId)),
        Key(HistoryPurgeOptions.SectionName, nameof(HistoryPurgeOptions.RetentionDays)),
        // Read by the Functions host and by our OpenTelemetry set-up (Azure Monitor exporter, its managed identity).
        MatTranTelemetryExtensions.AppInsightsConnectionStringKey,
        MatTranTelemetryExtensions.AppInsightsAuthenticationKey,
    ];

    /// <summary>The developer-machine alternatives of a required setting (connection strings, Azurite): never set in Azure.</summary>
    public static IReadOnlyList<string> LocalAlternatives { get; } =
    [
        StorageAccount.ConnectionStringKey,
        StorageAccount.FunctionsStorageKey,
        StorageAccount.AccountNameKey,
    ];

    /// <summary>Tunables whose defaults suit production (prefixes: a section, or one key).</summary>
    public static IReadOnlyList<string> DefaultedInAzure { get; } =
    [
        InspectionWorkflowServiceCollectionExtensions.CalendarSection,
        InspectionWorkflowServiceCollectionExtensions.InspectionScheduleSection,
        InspectionWorkflowOptions.SectionName,
        PlanOverlapOptions.SectionName,
        "Uploads",
        Key(UnitLinkOptions.SectionName, nameof(UnitLinkOptions.DefaultLifetime)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.MessageIdDomain)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.SendLease)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.SentTableName)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.ArchiveContainerName)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Timeout)),
        // Only for Authentication=Password relays; ACS in Azure signs in with the identity (EntraId) and has no password.
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Password)),
        // Off in Azure (Azure Monitor is the exporter there); set it to send to a collector as well.
        MatTranTelemetryExtensions.OtlpEndpointKey,
        // The .NET host's own options (HostOptions), read from the configuration root.
        "servicesStartConcurrently",
        "servicesStopConcurrently",
        "shutdownTimeoutSeconds",
        "startupTimeoutSeconds",
    ];

    /// <summary>
    /// App settings read by the Azure platform rather than by our code: the Functions host's identity-based storage
    /// connection (its credential kind).
    /// </summary>
    public static IReadOnlyList<string> Platform { get; } =
    [
        "AzureWebJobsStorage:credential",
    ];

    /// <summary>
    /// The OpenTelemetry SDK's own environment variables (<c>OTEL_SERVICE_NAME</c>, <c>OTEL_SDK_DISABLED</c>,
    /// <c>OTEL_EXPORTER_OTLP_*</c>…), read by the SDK through configuration; their defaults suit Azure.
    /// </summary>
    public static IReadOnlyList<string> SdkEnvironmentPrefixes { get; } = ["OTEL_"];

    public static bool IsClassified(string key) =>
        RequiredInAzure.Contains(key, StringComparer.OrdinalIgnoreCase)
        || LocalAlternatives.Contains(key, StringComparer.OrdinalIgnoreCase)
        || DefaultedInAzure.Any(prefix => key.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase))
        || SdkEnvironmentPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    private static string Key(params string[] parts) => string.Join(':', parts);
}
