using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MatTran.Durable;

namespace MatTran.Functions.Tests.Rehearsal;

/// <summary>
/// The app on Azurite + maildev with the virtual clock, driven only through its HTTP API as the people in the year
/// would: staff through the Development header, units through the token of their emailed link.
/// </summary>
internal sealed class RehearsalHost : IAsyncDisposable
{
    /// <summary>Timers fire at 08:00 Vietnam time; the rehearsal looks at each day an hour later.</summary>
    private static readonly TimeSpan LookAt = TimeSpan.FromHours(9);
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly CancellationToken _cancellationToken;

    private RehearsalHost(TestHost host, CancellationToken cancellationToken)
    {
        Host = host;
        _cancellationToken = cancellationToken;
        Mail = new MaildevMailbox(Emulators.Servers.MailWebUri);
    }

    public TestHost Host { get; }

    public MaildevMailbox Mail { get; }

    public const string SigningKey = "cmVoZWFyc2FsLWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5";

    public static async Task<RehearsalHost> StartAsync(CancellationToken cancellationToken)
    {
        var settings = DurableTestHub.Settings(DurableTestHub.NewHubName(), virtualClock: true);
        settings["Email:FromAddress"] = "kiemtra@mattran.example.vn";
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = Emulators.Servers.SmtpPort.ToString(CultureInfo.InvariantCulture);
        settings["UnitLinks:SigningKey"] = SigningKey;
        settings["UnitLinks:PublicBaseUrl"] = "http://localhost:7071";
        return new RehearsalHost(await TestHost.StartAsync(settings, cancellationToken: cancellationToken), cancellationToken);
    }

    public async Task<DateTimeOffset> NowAsync()
    {
        using var response = await Host.Client.SendAsync(ApiRequests.Get("api/dev/clock", "admin"), _cancellationToken);
        return (await response.ReadJsonAsync(_cancellationToken)).GetProperty("utcNow").GetDateTimeOffset();
    }

    /// <summary>Moves the virtual clock to 09:00 Vietnam time on <paramref name="day"/>, firing every timer due by then.</summary>
    public async Task AdvanceToAsync(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + LookAt, VietnamOffset).ToUniversalTime();
        if (target <= await NowAsync())
        {
            return;
        }

        using var response = await Host.Client.SendAsync(ApiRequests.PostJson("api/dev/clock/advance", new { to = target }, "admin"), _cancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(_cancellationToken));
    }

    public async Task<JsonElement> SendOkAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            using var response = await Host.Client.SendAsync(request, _cancellationToken);
            string body = await response.Content.ReadAsStringAsync(_cancellationToken);
            Assert.AreEqual(expected, response.StatusCode, $"{request.Method} {request.RequestUri}: {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public Task<JsonElement> PostAsync(string path, object? body, string user) =>
        SendOkAsync(ApiRequests.PostJson(path, body, user), HttpStatusCode.Accepted);

    public async Task<JsonElement> ProblemAsync(HttpRequestMessage request, int status)
    {
        using (request)
        {
            using var response = await Host.Client.SendAsync(request, _cancellationToken);
            return await response.ReadProblemAsync(status, _cancellationToken);
        }
    }

    /// <summary>A unit's multipart POST, authorised by the token of its emailed link.</summary>
    public static HttpRequestMessage UnitPost(string path, string token, string? text, (string Name, byte[] Content, string ContentType)? file)
    {
        var form = new MultipartFormDataContent();
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            form.Add(content, "file", f.Name);
        }

        return new HttpRequestMessage(HttpMethod.Post, new Uri($"{path}?t={Uri.EscapeDataString(token)}", UriKind.Relative)) { Content = form };
    }

    public async Task<JsonElement> InspectionAsync(string id) =>
        await SendOkAsync(ApiRequests.Get($"api/inspections/{id}", "inspector"), HttpStatusCode.OK);

    /// <summary>The inspection, or null while the workflow has not written it yet (404).</summary>
    private async Task<JsonElement?> FindInspectionAsync(string id)
    {
        using var response = await Host.Client.SendAsync(ApiRequests.Get($"api/inspections/{id}", "inspector"), _cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(_cancellationToken));
        return await response.ReadJsonAsync(_cancellationToken);
    }

    /// <summary>Polls the read model until the inspection reaches <paramref name="stage"/>; the workflow gets there asynchronously.</summary>
    public async Task<JsonElement> WaitForStageAsync(string id, string stage)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(150, _cancellationToken))
        {
            var inspection = await FindInspectionAsync(id);
            if (inspection is { } found && Stage(found) == stage)
            {
                return found;
            }

            if (DateTime.UtcNow - started > Patience)
            {
                Assert.Fail($"Inspection {id} did not reach {stage}: {await WorkflowStateAsync(id)}\n{inspection}");
            }
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the inspection (a change that keeps the stage).</summary>
    public async Task<JsonElement> WaitUntilAsync(string id, Func<JsonElement, bool> condition, string what)
    {
        for (var started = DateTime.UtcNow; ; await Task.Delay(150, _cancellationToken))
        {
            var inspection = await FindInspectionAsync(id);
            if (inspection is { } found && condition(found))
            {
                return found;
            }

            if (DateTime.UtcNow - started > Patience)
            {
                Assert.Fail($"Inspection {id}: {what} did not happen: {await WorkflowStateAsync(id)}\n{inspection}");
            }
        }
    }

    public static string Stage(JsonElement inspection) => inspection.GetProperty("summary").GetProperty("stage").GetString()!;

    public static DateOnly Day(JsonElement dueDay) => DateOnly.Parse(dueDay.GetProperty("day").GetString()!, CultureInfo.InvariantCulture);

    public static JsonElement Schedule(JsonElement inspection) => inspection.GetProperty("schedule");

    public static JsonElement Remediation(JsonElement inspection, string remediationId) =>
        inspection.GetProperty("remediations").EnumerateArray().Single(r => r.GetProperty("id").GetString() == remediationId);

    public async Task<OrchestrationRuntimeStatus> PlanOrchestrationStatusAsync(string planId)
    {
        var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DurableTaskClient>(Host.Services);
        var instance = await client.GetInstanceAsync("plan-" + planId, cancellationToken: _cancellationToken);
        return instance?.RuntimeStatus ?? throw new AssertFailedException($"No orchestration for plan {planId}.");
    }

    /// <summary>The orchestration's status and latest history, for a failure message.</summary>
    private async Task<string> WorkflowStateAsync(string instanceId)
    {
        var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DurableTaskClient>(Host.Services);
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken: _cancellationToken);
        var history = await client.GetHistoryAsync(instanceId, _cancellationToken);
        return $"orchestration {instance?.RuntimeStatus} {instance?.FailureDetails?.ErrorMessage}; last events: " +
            string.Join(" | ", history.TakeLast(8).Select(e => $"{e.EventType} {e.Name} {e.Failure?.ErrorMessage}"));
    }

    public async ValueTask DisposeAsync()
    {
        Mail.Dispose();
        await Host.DisposeAsync();
    }
}
