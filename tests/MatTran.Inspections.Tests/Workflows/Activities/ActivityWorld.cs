using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MatTran.DevServers;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Committees;
using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Documents.Numbering;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Email;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Tests.Email;
using MatTran.Inspections.Tests.Links;
using MatTran.Inspections.Units;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>
/// Real stores on Azurite and a real idempotent SMTP sender to maildev, with fresh table, container, unit and
/// mailbox names, so each test sees only its own inspections, numbers and emails. A launched one-inspection plan
/// (visit 19/06/2023) is ready in <see cref="Plan"/>. The host's stopping token is a real application lifetime's,
/// stopped when the world is disposed.
/// </summary>
internal sealed class ActivityWorld : IDisposable
{
    public static readonly DateOnly VisitDate = new(2023, 6, 19);

    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>The seeded plan runs in real time from its launch.</summary>
    public static readonly PlanClock Clock = PlanClock.RealTime(At(new DateOnly(2023, 5, 2)));

    private readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private PlanStartRequest? _start;

    private ActivityWorld(DevServerSet servers, string suffix)
    {
        Servers = servers;
        string connection = servers.StorageConnectionString;
        IssuerId = "tinh-" + suffix;
        UnitId = "xa-" + suffix;
        UnitEmail = $"xa-{suffix}@example.vn";
        IssuerEmail = $"btt-{suffix}@example.vn";
        Inspections = new InspectionStore(new TableClient(connection, Emulators.UniqueName("inspections")), TimeProvider.System);
        Plans = new PlanStore(new TableClient(connection, Emulators.UniqueName("plans")), TimeProvider.System);
        Units = new UnitStore(new TableClient(connection, Emulators.UniqueName("units")));
        Documents = new DocumentStore(new BlobContainerClient(connection, Emulators.UniqueName("documents")));
        var linkOptions = Options.Create(new UnitLinkOptions { SigningKey = SigningKey });
        // Links are checked as the unit would use them, in 2023; the activities sign with explicit expiry dates.
        LinkClock = new SettableTimeProvider(new DateTimeOffset(2023, 6, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        Links = new UnitLinkSigner(linkOptions, LinkClock);
        var emailOptions = Options.Create(new EmailOptions
        {
            FromAddress = "kiemtra@mttq-caobang.example.vn",
            FromDisplayName = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = servers.SmtpPort, Timeout = TimeSpan.FromSeconds(10) },
        });
        Smtp = new SmtpEmailSender(emailOptions, NullLogger<SmtpEmailSender>.Instance);
        MailArchive = new BlobContainerClient(connection, Emulators.UniqueName("mail"));
        var sender = new IdempotentEmailSender(Smtp, new TableClient(connection, Emulators.UniqueName("sentemails")),
            MailArchive, emailOptions, TimeProvider.System, NullLogger<IdempotentEmailSender>.Instance);
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions());
        Policy = new InspectionSchedulePolicy();
        Directories = new CommitteeDirectoryStore(new TableClient(connection, Emulators.UniqueName("directory")));
        Numbers = new DocumentNumberAllocator(new TableClient(connection, Emulators.UniqueName("numbers")), TimeProvider.System);
        Services = new InspectionActivityServices(
            Inspections, Plans, Units, Directories, Documents, Numbers,
            Links, new InspectionTimeline(calendar, Policy), calendar, Options.Create(Policy),
            Options.Create(new InspectionWorkflowOptions { PublicBaseUrl = "https://mattran.example.vn/" }), sender, _lifetime);
        Inbox = new MaildevInbox(servers.MailWebUri);
        PlanDocuments = new PlanDocuments(Plans, Inspections, Units, Directories, Documents, Numbers, Options.Create(Policy));
    }

    /// <summary>The issuing committee's staff directory; seeded with its signer and the team lead.</summary>
    public CommitteeDirectoryStore Directories { get; }

    public DocumentNumberAllocator Numbers { get; }

    public PlanDocuments PlanDocuments { get; }

    /// <summary>The team lead's own mailbox, from the directory.</summary>
    public string TeamLeadEmail => $"hung-{IssuerId}@example.vn";

    public DevServerSet Servers { get; }

    public string IssuerId { get; }

    public string UnitId { get; }

    public string UnitEmail { get; }

    public string IssuerEmail { get; }

    public InspectionStore Inspections { get; }

    public PlanStore Plans { get; }

    public UnitStore Units { get; }

    public DocumentStore Documents { get; }

    public UnitLinkSigner Links { get; }

    public SettableTimeProvider LinkClock { get; }

    public SmtpEmailSender Smtp { get; }

    /// <summary>Where the idempotent sender files every email it sent, as .eml.</summary>
    public BlobContainerClient MailArchive { get; }

    public InspectionSchedulePolicy Policy { get; }

    public InspectionActivityServices Services { get; }

    public MaildevInbox Inbox { get; }

    public StoredPlan Plan { get; private set; } = null!;

    public string InspectionId => Plan.Inspections[0].Id;

    /// <param name="kind">The seeded visit's kind: an inspection (kiểm tra) unless the test needs a supervision (giám sát).</param>
    public static async Task<ActivityWorld> CreateAsync(CancellationToken cancellationToken, InspectionKind kind = InspectionKind.Inspection)
    {
        var servers = await Emulators.GetServersAsync(cancellationToken);
        var world = new ActivityWorld(servers, Guid.NewGuid().ToString("N")[..10]);
        await world.SeedAsync(kind, cancellationToken);
        return world;
    }

    /// <summary>What the engine passes the activity when the orchestration <paramref name="instanceId"/> calls it.</summary>
    public static TaskActivityContext Context(string activity, string instanceId) => new ActivityCallContext(activity, instanceId);

    /// <summary>
    /// The key the orchestration <paramref name="instanceId"/> gives its next activity call, numbered as it numbers
    /// them. A step passed again with the same key is a redelivery or a retry.
    /// </summary>
    public string NextKey(string instanceId)
    {
        int call = _calls.TryGetValue(instanceId, out int made) ? made + 1 : 1;
        _calls[instanceId] = call;
        return $"{instanceId}#{call}";
    }

    /// <summary>Orchestration time: 08:00 in Vietnam on <paramref name="day"/>.</summary>
    public static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);

    /// <summary>StartPlan for the seeded plan; returns the one inspection's input. Called again, it is the same call redelivered.</summary>
    public async Task<InspectionInput> StartAsync()
    {
        string planInstance = WorkflowInstanceIds.ForPlan(Plan.Id);
        _start ??= new PlanStartRequest(NextKey(planInstance), Plan.Id, "planner", At(new DateOnly(2023, 5, 2)), Clock);
        var inputs = await new StartPlan(Services).RunAsync(Context(ActivityNames.StartPlan, planInstance), _start);
        return inputs.Single();
    }

    public async Task<InspectionDetails> DetailsAsync(CancellationToken cancellationToken) =>
        await Inspections.GetAsync(InspectionId, cancellationToken) ?? throw new AssertFailedException("The inspection is not in the read model.");

    /// <summary>
    /// Emails to <paramref name="address"/>, read after a sentinel email sent afterwards has arrived, so any duplicate
    /// of the earlier emails would be there too. The sentinel is left out.
    /// </summary>
    public async Task<IReadOnlyList<MaildevEmail>> SettledInboxAsync(string address, int expected, CancellationToken cancellationToken)
    {
        string subject = "sentinel " + Guid.NewGuid().ToString("N");
        await Smtp.SendAsync(new EmailMessage
        {
            To = [new EmailAddress(address)],
            Subject = subject,
            TextBody = "sentinel",
            HtmlBody = "<p>sentinel</p>",
            IdempotencyKey = subject,
        }, cancellationToken);
        var all = await Inbox.ForAsync(address, expected + 1, cancellationToken);
        return [.. all.Where(e => e.Subject != subject)];
    }

    public void Dispose()
    {
        _lifetime.StopApplication();
        Inbox.Dispose();
    }

    private async Task SeedAsync(InspectionKind kind, CancellationToken cancellationToken)
    {
        await Directories.UpsertAsync(new Department("ban-dan-chu-phap-luat", IssuerId, "Ban Dân chủ - Pháp luật"), cancellationToken);
        await Directories.UpsertAsync(new StaffMember("hoang-van-thu", IssuerId, "Hoàng Văn Thụ", "Phó Chủ tịch Thường trực", null, null, "supervisor", true), cancellationToken);
        await Directories.UpsertAsync(new StaffMember("nguyen-van-hung", IssuerId, "Nguyễn Văn Hùng", "Phó Chủ tịch", TeamLeadEmail, null, "inspector", false), cancellationToken);
        await Units.UpsertAsync(
        [
            new Unit(IssuerId, "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", UnitLevel.Province, null, IssuerEmail),
            new Unit(UnitId, "Ủy ban MTTQ Việt Nam xã Hạnh Sơn", UnitLevel.Commune, IssuerId, UnitEmail),
        ], cancellationToken);
        var planId = PlanId.New(IssuerId, 2023);
        var plan = new AnnualPlan(planId.ToString(), "325/KH-MTTQ-BTT", 2023, IssuerId, "kiểm tra, giám sát năm 2023",
            ["Công tác tổ chức cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"", "Quỹ Vì người nghèo"],
            [new PlannedInspection(UnitId, kind, VisitDate, new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 5, 31)),
                "Nguyễn Văn Hùng, Phó Chủ tịch", ["Lê Thị Mai, Trưởng Ban Dân chủ - Pháp luật"], [])]);
        Assert.AreEqual(PlanAddOutcome.Added, await Plans.AddAsync(planId, plan, "planner", cancellationToken));
        Assert.AreEqual(PlanApprovalOutcome.Approved, await Plans.ApproveAsync(planId.ToString(), "Hoàng Văn Thụ", cancellationToken: cancellationToken));
        Assert.AreEqual(PlanLaunchOutcome.Launched, await Plans.LaunchAsync(planId.ToString(), "planner", cancellationToken));
        Plan = await Plans.FindAsync(planId.ToString(), cancellationToken) ?? throw new AssertFailedException("The seeded plan is missing.");
    }
}
