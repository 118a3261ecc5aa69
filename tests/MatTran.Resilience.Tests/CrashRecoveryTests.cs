using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MatTran.DevServers;
using MatTran.YearScenario;

namespace MatTran.Resilience.Tests;

/// <summary>
/// The local host is killed with SIGKILL at 30 seeded random moments while a rehearsed year of five inspections runs
/// through its whole lifecycle, and restarted each time on the same Azurite data. A second run of the same year on the
/// same emulators is never killed. At the end both must agree on every inspection's outcome; the killed run must have
/// sent no email twice, issued its document numbers without gaps or repeats, and left no orchestration unfinished.
/// </summary>
[TestClass]
public sealed partial class CrashRecoveryTests
{
    private const int Kills = 30;
    private const int Seed = 20_271;

    /// <summary>Two real seconds a plan day: a notice-to-deadline window of 7 working days then spans about 18 s.</summary>
    private const double SecondsPerDay = 2;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Crash")]
    [Timeout(900_000, CooperativeCancellation = true)]
    public async Task A_year_killed_thirty_times_ends_as_the_same_year_never_killed()
    {
        var ct = TestContext.CancellationToken;
        string logs = TestContext.TestResultsDirectory ?? Path.GetTempPath();
        Directory.CreateDirectory(logs);
        await using var servers = await DevServerSet.StartAsync(new DevServerOptions(), ct);
        using var mail = new MaildevMessages(servers.MailWebUri);
        int planYear = DateTime.UtcNow.Year + 1;
        int[] ports = FreePorts(2);
        await using var control = ScenarioRun.Create("control", servers, planYear, ports[0], logs, mail);
        await using var killed = ScenarioRun.Create("killed", servers, planYear, ports[1], logs, mail);
        var watch = Stopwatch.StartNew();
        foreach (var run in new[] { control, killed })
        {
            run.Host.Start();
        }

        foreach (var run in new[] { control, killed })
        {
            await run.Host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), ct);
            await run.LaunchAsync(ScenarioYear.Visit(planYear, 0).AddDays(-24), SecondsPerDay, ct);
        }

        var chaos = KillRepeatedlyAsync(killed.Host, ct);
        var controlDone = DriveToCompletionAsync(control, null, ct);
        var killedDone = DriveToCompletionAsync(killed, chaos, ct);
        await Task.WhenAll(controlDone, killedDone, chaos);
        TimeSpan elapsed = watch.Elapsed;
        await killed.Host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), ct);

        var controlInspections = await control.InspectionsAsync(ct);
        var killedInspections = await killed.InspectionsAsync(ct);
        var expected = controlInspections.Select(InspectionOutcome.From).ToList();
        var actual = killedInspections.Select(InspectionOutcome.From).ToList();
        TestContext.WriteLine($"{killed.Host.Kills} kills, {killed.Host.Starts} starts, {killed.Driver.Unanswered} requests unanswered, {elapsed.TotalSeconds:F0} s");
        CollectionAssert.AreEqual(expected, actual, $"control: {string.Join(" | ", expected)}\nkilled: {string.Join(" | ", actual)}");
        Assert.IsTrue(expected.All(o => o.Stage == "Closed"), string.Join(" | ", expected));
        Assert.IsEmpty(control.Driver.Unexpected, string.Join("\n", control.Driver.Unexpected));
        Assert.IsEmpty(killed.Driver.Unexpected, string.Join("\n", killed.Driver.Unexpected));

        AssertNumbersGapless(controlInspections, killedInspections);
        await AssertEmailsOnceAsync(mail, control, killed, ct);
        var controlStatuses = await control.OrchestrationStatusesAsync(ct);
        (var killedStatuses, TimeSpan settling) = await killed.SettledOrchestrationStatusesAsync(TimeSpan.FromMinutes(2), ct);
        TestContext.WriteLine($"{killedStatuses.Count} orchestrations, all completed {settling.TotalSeconds:F0} s after the year's end");
        string[] unfinished = [.. killedStatuses.Where(s => s.Value != "Completed").Select(s => $"{s.Key}: {s.Value}")];
        Assert.IsEmpty(unfinished, $"orchestrations left unfinished 2 minutes after the kills: {string.Join(", ", unfinished)}");
        Assert.HasCount(controlStatuses.Count, killedStatuses, "the killed run ran as many orchestrations as the control run");
        Assert.AreEqual(Kills, killed.Host.Kills);
    }

    /// <summary>Kills the host at seeded random moments 1–8 s after each start (some before it is even healthy).</summary>
    private async Task KillRepeatedlyAsync(LocalHostProcess host, CancellationToken cancellationToken)
    {
        var random = new Random(Seed);
        for (int kill = 0; kill < Kills; kill++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1 + (random.NextDouble() * 7)), cancellationToken);
            await host.KillAsync(cancellationToken);
            host.Start();
        }
    }

    /// <summary>Plays the run's people until every inspection is closed, the plan completed and the kills are over.</summary>
    private static async Task DriveToCompletionAsync(ScenarioRun run, Task? chaos, CancellationToken cancellationToken)
    {
        while (true)
        {
            bool closed = await run.Driver.AdvanceAsync(run.PlanId, run.InspectionIds, cancellationToken);
            if (closed && chaos is not { IsCompleted: false } && await run.Driver.PlanStatusAsync(run.PlanId, cancellationToken) == "Completed")
            {
                return;
            }

            await Task.Delay(300, cancellationToken);
        }
    }

    /// <summary>Per document type, the killed run issued numbers 1..N (no gap, no repeat), as many as the control run.</summary>
    private static void AssertNumbersGapless(IReadOnlyList<System.Text.Json.JsonElement> control, IReadOnlyList<System.Text.Json.JsonElement> killed)
    {
        var controlSeries = Series(control);
        var killedSeries = Series(killed);
        CollectionAssert.AreEquivalent(controlSeries.Keys.ToList(), killedSeries.Keys.ToList());
        foreach ((string type, List<int> numbers) in killedSeries)
        {
            CollectionAssert.AreEqual(Enumerable.Range(1, numbers.Count).ToList(), numbers, $"numbers of {type}: {string.Join(", ", numbers)}");
            Assert.HasCount(controlSeries[type].Count, numbers, $"as many {type} numbers as the control run");
        }
    }

    /// <summary>Distinct numbers by the type part of "12/QĐ-MTTQ-BTT", sorted.</summary>
    private static Dictionary<string, List<int>> Series(IEnumerable<System.Text.Json.JsonElement> inspections) =>
        inspections.SelectMany(InspectionOutcome.NumberedDocuments)
            .Select(d => NumberPattern().Match(d.Number))
            .Where(m => m.Success)
            .Select(m => (Type: m.Groups["type"].Value, Sequence: int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct()
            .GroupBy(n => n.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Sequence).Order().ToList(), StringComparer.Ordinal);

    private async Task AssertEmailsOnceAsync(MaildevMessages mail, ScenarioRun control, ScenarioRun killed, CancellationToken cancellationToken)
    {
        var all = await mail.AllAsync(cancellationToken);
        var killedMail = all.Where(m => m.To.Any(t => t.Email.Contains(killed.Year.Prefix, StringComparison.Ordinal))).ToList();
        var controlMail = all.Where(m => m.To.Any(t => t.Email.Contains(control.Year.Prefix, StringComparison.Ordinal))).ToList();
        Assert.IsTrue(killedMail.All(m => m.MessageId is not null), "every email has a Message-ID");
        // A host killed between the SMTP server's acceptance and the Sent record sends that email again with the same
        // Message-ID (mail clients fold it; docs/resilience.md § Known limits): counted and printed, not a logical repeat.
        string[] redelivered = [.. killedMail.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}: {g.First().Subject}")];
        TestContext.WriteLine($"{killedMail.Count} emails, {redelivered.Length} redelivered with their Message-ID: {string.Join(" | ", redelivered)}");
        killedMail = [.. killedMail.DistinctBy(m => m.MessageId)];
        for (int unit = 0; unit < killed.Year.Inspections; unit++)
        {
            foreach (string once in new[] { "Thông báo kiểm tra", "Thông báo giám sát", "Dự thảo báo cáo", "Thông báo kết luận" })
            {
                int inControl = controlMail.Count(m => m.IsTo(control.Year.Email(unit)) && m.Subject.Contains(once, StringComparison.Ordinal));
                int inKilled = killedMail.Count(m => m.IsTo(killed.Year.Email(unit)) && m.Subject.Contains(once, StringComparison.Ordinal));
                Assert.AreEqual(inControl, inKilled, $"unit {unit}: emails with '{once}' in the control run and the killed one");
            }
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        int[] ports = [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    [GeneratedRegex(@"^(?<n>\d+)/(?<type>[^-]+)-")]
    private static partial Regex NumberPattern();
}
