using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Documents.Numbering;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Email;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Workflows.Activities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Workflows;

public static class InspectionWorkflowServiceCollectionExtensions
{
    public const string InspectionScheduleSection = "InspectionSchedule";
    public const string CalendarSection = "Calendar";
    public const string PublicBaseUrlKey = UnitLinkOptions.SectionName + ":PublicBaseUrl";

    /// <summary>
    /// What the inspection activities need: options (<c>UnitLinks</c>, <c>Email</c>, <c>InspectionSchedule</c>,
    /// <c>Calendar</c>, <c>Workflow</c> with <c>UnitLinks:PublicBaseUrl</c>), the read-model stores, document storage
    /// and numbering, signed links, the timeline, and <see cref="IEmailSender"/> = SMTP behind the idempotent, archiving
    /// sender. Storage comes from the <see cref="TableServiceClient"/> and <see cref="BlobServiceClient"/> the host
    /// registers (<see cref="Storage.StorageServiceCollectionExtensions.AddMatTranStorage"/>); tables and containers are created on first use. Registrations the host already made are kept.
    /// The host's <c>IHostApplicationLifetime</c> (any generic host has one) gives the activities their cancellation.
    /// The orchestrator and activity classes themselves are listed in <see cref="WorkflowCatalog"/>.
    /// </summary>
    public static IServiceCollection AddInspectionWorkflowServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<UnitLinkOptions>().Bind(configuration.GetSection(UnitLinkOptions.SectionName));
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddOptions<InspectionSchedulePolicy>().Bind(configuration.GetSection(InspectionScheduleSection));
        services.AddOptions<InspectionWorkflowOptions>()
            .Bind(configuration.GetSection(InspectionWorkflowOptions.SectionName))
            .Configure(options =>
            {
                if (configuration[PublicBaseUrlKey] is { Length: > 0 } publicBaseUrl)
                {
                    options.PublicBaseUrl = publicBaseUrl;
                }
            });

        services.TryAddSingleton(_ => new WorkingDayCalendar(
            configuration.GetSection(CalendarSection).Get<WorkingDayCalendarOptions>() ?? new WorkingDayCalendarOptions()));
        services.TryAddSingleton(sp => new InspectionTimeline(
            sp.GetRequiredService<WorkingDayCalendar>(), sp.GetRequiredService<IOptions<InspectionSchedulePolicy>>().Value));

        services.TryAddSingleton(sp => new InspectionStore(Table(sp, InspectionStore.DefaultTableName), Time(sp)));
        services.TryAddSingleton(sp => new PlanStore(Table(sp, PlanStore.DefaultTableName), Time(sp)));
        services.AddOptions<PlanOverlapOptions>().Bind(configuration.GetSection(PlanOverlapOptions.SectionName));
        services.TryAddSingleton<PlanOverlapChecker>();
        services.TryAddSingleton(sp => new UnitStore(Table(sp, UnitStore.DefaultTableName)));
        services.TryAddSingleton(sp => new CommitteeDirectoryStore(Table(sp, CommitteeDirectoryStore.DefaultTableName)));
        services.TryAddSingleton(sp => new DocumentStore(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(DocumentStore.DefaultContainerName)));
        services.TryAddSingleton(sp => new DocumentNumberAllocator(Table(sp, DocumentNumberAllocator.DefaultTableName), Time(sp)));
        services.TryAddSingleton(sp => new UnitLinkSigner(sp.GetRequiredService<IOptions<UnitLinkOptions>>(), Time(sp)));

        services.TryAddSingleton<SmtpEmailSender>();
        services.TryAddSingleton<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>();
            return new IdempotentEmailSender(
                sp.GetRequiredService<SmtpEmailSender>(),
                Table(sp, options.Value.SentTableName),
                sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(options.Value.ArchiveContainerName),
                options,
                Time(sp),
                sp.GetRequiredService<ILogger<IdempotentEmailSender>>());
        });

        services.TryAddSingleton<InspectionActivityServices>();
        services.TryAddSingleton<PlanDocuments>();
        services.TryAddSingleton<UnitLinkRenewal>();
        return services;
    }

    private static TableClient Table(IServiceProvider services, string name) =>
        services.GetRequiredService<TableServiceClient>().GetTableClient(name);

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}
