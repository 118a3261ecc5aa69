using System.Reflection;
using System.Text.Json;
using MatTran.Api.Hosting;
using MatTran.Api.Plans;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Committees;
using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Units;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace MatTran.Api.DemoData;

/// <summary>
/// Development/Test with <c>DemoData:Seed=true</c>: on start, imports the sample units (those not stored yet) and
/// creates and approves the sample plan — moved to next year (<see cref="DemoPlanYear"/>) — unless the issuer already
/// has a plan with its number that year. Runs once,
/// before the app takes requests; idempotent (the plan number's uniqueness row stops a second copy even when two
/// instances seed at once). The plan is left Approved, not launched, so a demo starts with the launch.
/// </summary>
public sealed partial class DemoDataSeeder(
    UnitStore units, PlanStore plans, CommitteeDirectoryStore directories, PlanDocuments planDocuments, WorkingDayCalendar calendar,
    IOptions<JsonOptions> json, TimeProvider time, ILogger<DemoDataSeeder> logger)
    : IHostedService
{
    public const string SeedKey = "DemoData:Seed";
    public const string UnitsResource = "MatTran.Api.DemoData.units.csv";
    public const string PlanResource = "MatTran.Api.DemoData.plan-2023.json";
    public const string DirectoryResource = "MatTran.Api.DemoData.directory.json";

    /// <summary>Recorded as the creator and approver of the seeded plan.</summary>
    public const string SeedUser = "demo-data";

    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopmentOrTest() && configuration.GetValue(SeedKey, false);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedUnitsAsync(cancellationToken);
        await SeedDirectoryAsync(cancellationToken);
        await SeedPlanAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedUnitsAsync(CancellationToken cancellationToken)
    {
        var known = await units.DirectoryAsync(cancellationToken);
        var parsed = UnitsCsvParser.Parse(ReadResource(UnitsResource), known);
        if (!parsed.Validation.IsValid)
        {
            throw new InvalidOperationException(
                $"The embedded demo units do not import: {string.Join("; ", parsed.Validation.Errors.Select(e => e.Message))}");
        }

        var stored = (await units.ListAsync(cancellationToken)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var missing = parsed.Units.Where(u => !stored.Contains(u.Id)).ToList();
        if (missing.Count > 0)
        {
            await units.UpsertAsync(missing, cancellationToken);
        }

        LogUnits(logger, missing.Count, parsed.Units.Count - missing.Count);
    }

    /// <summary>The sample committee's departments and staff that are not in its directory yet (an edited entry is kept).</summary>
    private async Task SeedDirectoryAsync(CancellationToken cancellationToken)
    {
        var sample = JsonSerializer.Deserialize<DemoDirectory>(ReadResource(DirectoryResource), json.Value.SerializerOptions)
            ?? throw new InvalidOperationException("The embedded demo directory is empty.");
        var stored = await directories.ReadAsync(sample.CommitteeId, cancellationToken);
        int added = 0;
        foreach (var department in sample.Departments.Where(d => stored.Department(d.Id) is null))
        {
            await directories.UpsertAsync(new Department(department.Id, sample.CommitteeId, department.Name), cancellationToken);
            added++;
        }

        foreach (var s in sample.Staff.Where(s => stored.Member(s.Id) is null))
        {
            await directories.UpsertAsync(
                new StaffMember(s.Id, sample.CommitteeId, s.Name, s.Position, s.Email, s.DepartmentId, s.UserName, s.SignsDocuments), cancellationToken);
            added++;
        }

        LogDirectory(logger, added, sample.CommitteeId);
    }

    private async Task SeedPlanAsync(CancellationToken cancellationToken)
    {
        var sample = JsonSerializer.Deserialize<CreatePlanRequest>(ReadResource(PlanResource), json.Value.SerializerOptions)
            ?? throw new InvalidOperationException("The embedded demo plan is empty.");
        var request = DemoPlanYear.ShiftTo(sample, DemoYear(time), calendar);
        var existing = (await plans.ListAsync(request.Year, cancellationToken))
            .FirstOrDefault(p => p.IssuerUnitId == request.IssuerUnitId && p.Number == request.Number);
        if (existing is not null)
        {
            LogPlanKept(logger, existing.Number, existing.Id);
            return;
        }

        var id = PlanId.New(request.IssuerUnitId ?? string.Empty, request.Year);
        var plan = PlansApi.ToPlan(id, request);
        var validation = PlanValidator.Validate(plan, await units.DirectoryAsync(cancellationToken), calendar);
        if (!validation.IsValid)
        {
            throw new InvalidOperationException(
                $"The embedded demo plan is invalid: {string.Join("; ", validation.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        if (await plans.AddAsync(id, plan, SeedUser, cancellationToken) == PlanAddOutcome.NumberTaken)
        {
            LogPlanKept(logger, plan.Number, "(created concurrently)");
            return;
        }

        // Approved by the committee's designated signer, so the annual plan document is signed by a person of its directory.
        await plans.ApproveAsync(id.ToString(), SeedUser, cancellationToken: cancellationToken);
        await planDocuments.IssueAnnualPlanAsync(id.ToString(), cancellationToken);
        LogPlanCreated(logger, plan.Number, id.ToString());
    }

    /// <summary>The year the sample plan is seeded for: next year by the app's clock, so its deadlines lie ahead.</summary>
    public static int DemoYear(TimeProvider time) => time.GetUtcNow().Year + 1;

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} unit(s) imported, {Kept} already stored")]
    private static partial void LogUnits(ILogger logger, int added, int kept);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} directory entries added for committee {CommitteeId}")]
    private static partial void LogDirectory(ILogger logger, int added, string committeeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: plan {Number} already exists ({PlanId}); left as it is")]
    private static partial void LogPlanKept(ILogger logger, string number, string planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: plan {Number} created and approved as {PlanId} (not launched)")]
    private static partial void LogPlanCreated(ILogger logger, string number, string planId);
}
