using MatTran.Api.Maintenance;
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
        InspectionWorkflowServiceCollectionExtensions.PublicBaseUrlKey,
        Key(EmailOptions.SectionName, nameof(EmailOptions.FromAddress)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.FromDisplayName)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Host)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Port)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.EnableSsl)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.UserName)),
        Key(EmailOptions.SectionName, nameof(EmailOptions.Smtp), nameof(SmtpOptions.Password)),
        Key(HistoryPurgeOptions.SectionName, nameof(HistoryPurgeOptions.RetentionDays)),
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
        // The .NET host's own options (HostOptions), read from the configuration root.
        "servicesStartConcurrently",
        "servicesStopConcurrently",
        "shutdownTimeoutSeconds",
        "startupTimeoutSeconds",
    ];

    /// <summary>
    /// App settings read by the Azure platform rather than by our code: the Functions host's identity-based storage
    /// connection (its credential kind) and Application Insights, which the host reads.
    /// </summary>
    public static IReadOnlyList<string> Platform { get; } =
    [
        "AzureWebJobsStorage:credential",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    public static bool IsClassified(string key) =>
        RequiredInAzure.Contains(key, StringComparer.OrdinalIgnoreCase)
        || LocalAlternatives.Contains(key, StringComparer.OrdinalIgnoreCase)
        || DefaultedInAzure.Any(prefix => key.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase));

    private static string Key(params string[] parts) => string.Join(':', parts);
}
