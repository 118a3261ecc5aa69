using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using MatTran.DevServers;
using MatTran.YearScenario;

namespace MatTran.Resilience.Tests;

/// <summary>
/// One run of the <see cref="ScenarioYear"/>: its own local-host process, task hub and units on the shared Azurite and
/// maildev, and the driver that plays its people.
/// </summary>
internal sealed class ScenarioRun : IAsyncDisposable
{
    private readonly DevServerSet _servers;

    private ScenarioRun(string name, DevServerSet servers, LocalHostProcess host, ScenarioYear year, MaildevMessages mail)
    {
        Name = name;
        _servers = servers;
        Host = host;
        Year = year;
        Driver = new LifecycleDriver(host.Address, year, mail);
    }

    public string Name { get; }

    public LocalHostProcess Host { get; }

    public ScenarioYear Year { get; }

    public LifecycleDriver Driver { get; }

    public string HubName => "Crash" + Year.Prefix;

    public string PlanId { get; private set; } = "";

    public IReadOnlyList<string> InspectionIds { get; private set; } = [];

    public static ScenarioRun Create(string name, DevServerSet servers, int planYear, int port, string logDirectory, MaildevMessages mail)
    {
        var year = new ScenarioYear(name[0] + Guid.NewGuid().ToString("N")[..7], planYear);
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        string hub = "Crash" + year.Prefix;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Test",
            ["Storage__ConnectionString"] = servers.StorageConnectionString,
            ["Email__FromAddress"] = "kiemtra@mattran.example.vn",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = servers.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["UnitLinks__SigningKey"] = "Y3Jhc2gtcmVjb3ZlcnktdGVzdC1rZXktMzItYnl0ZXM=",
            ["UnitLinks__PublicBaseUrl"] = address.ToString().TrimEnd('/'),
            ["DemoData__Seed"] = "false",
            ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = hub,
            // Messages a killed host had fetched come back after 20 s, not the default 5 minutes.
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__controlQueueVisibilityTimeout"] = "00:00:20",
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout"] = "00:00:20",
            // The restarted host takes the dead one's partition leases back at once.
            ["LocalEngine__WorkerId"] = "crash-" + year.Prefix,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var host = new LocalHostProcess(address, environment, Path.Combine(logDirectory, $"local-host-{name}.log"));
        return new ScenarioRun(name, servers, host, year, mail);
    }

    public async Task LaunchAsync(DateOnly startsAt, double secondsPerDay, CancellationToken cancellationToken)
    {
        (PlanId, InspectionIds) = await Driver.LaunchAsync(startsAt, secondsPerDay, cancellationToken);
        Assert.HasCount(Year.Inspections, InspectionIds);
    }

    public async Task<IReadOnlyList<JsonElement>> InspectionsAsync(CancellationToken cancellationToken)
    {
        var all = new List<JsonElement>();
        foreach (string id in InspectionIds)
        {
            all.Add(await GetJsonAsync($"api/inspections/{id}", "inspector", cancellationToken)
                ?? throw new InvalidOperationException($"{Name}: inspection {id} cannot be read."));
        }

        return all;
    }

    /// <summary>Every orchestration instance of the run's task hub and its runtime status, read from the engine's own table.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OrchestrationStatusesAsync(CancellationToken cancellationToken)
    {
        var table = new TableClient(_servers.StorageConnectionString, HubName + "Instances");
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RuntimeStatus"], cancellationToken: cancellationToken))
        {
            statuses[row.PartitionKey] = row.GetString("RuntimeStatus") ?? "";
        }

        return statuses;
    }

    /// <summary>
    /// Reads the statuses until every orchestration has completed or <paramref name="patience"/> has passed. Work a
    /// killed host had taken comes back only when its queue message's visibility timeout (20 s here) runs out, so an
    /// orchestration may still be finishing its last step when the people's side of the year is over; one that has not
    /// completed after several such timeouts is stuck.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, string> Statuses, TimeSpan Waited)> SettledOrchestrationStatusesAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var statuses = await OrchestrationStatusesAsync(cancellationToken);
            if (statuses.Values.All(s => s == "Completed") || watch.Elapsed > patience)
            {
                return (statuses, watch.Elapsed);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Driver.Dispose();
        await Host.DisposeAsync();
    }

    private async Task<JsonElement?> GetJsonAsync(string path, string user, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Host.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-MatTran-User", user);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone()
            : null;
    }
}
