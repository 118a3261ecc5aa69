using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MatTran.DevServers;
using Microsoft.DurableTask.Client;

namespace MatTran.LocalHost.Tests.Rehearsal;

/// <summary>
/// The app on Azurite + maildev, its plan launched as a rehearsal, driven only through its HTTP API as the people in the
/// year would: staff through the Development header, units through the token of their emailed link.
/// </summary>
internal sealed class RehearsalHost : IAsyncDisposable
{
    private readonly CancellationToken _cancellationToken;
    private readonly WorkflowDriver _driver;
    private readonly DevServerSet _storage;

    private RehearsalHost(TestHost host, DevServerSet storage, CancellationToken cancellationToken)
    {
        Host = host;
        _storage = storage;
        _cancellationToken = cancellationToken;
        _driver = new WorkflowDriver(host, cancellationToken);
        Mail = new MaildevMailbox(host.Servers.MailWebUri);
    }

    public TestHost Host { get; }

    public MaildevMailbox Mail { get; }

    public const string SigningKey = "cmVoZWFyc2FsLWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5";

    /// <summary>
    /// The year runs on an Azurite of its own: the rehearsal clock does not wait for storage, and the engine tests'
    /// fan-outs on the shared Azurite (one Node process) can slow every request to seconds — long enough for a plan
    /// day's window to pass while a step is still being written.
    /// </summary>
    public static async Task<RehearsalHost> StartAsync(CancellationToken cancellationToken)
    {
        var storage = await DevServerSet.StartAsync(new DevServerOptions { StartMaildev = false }, cancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["UnitLinks:SigningKey"] = SigningKey,
            ["Storage:ConnectionString"] = storage.StorageConnectionString,
        };
        return new RehearsalHost(await TestHost.StartAsync(settings, cancellationToken: cancellationToken), storage, cancellationToken);
    }

    /// <summary>Today on the plan's (rehearsal) clock, in Vietnam.</summary>
    public async Task<DateOnly> PlanTodayAsync(string planId) =>
        DateOnly.FromDateTime((await _driver.PlanTimeAsync(planId)).ToOffset(TimeSpan.FromHours(7)).DateTime);

    public Task<JsonElement> SendOkAsync(HttpRequestMessage request, HttpStatusCode expected) => _driver.SendAsync(request, expected);

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

    /// <summary>Polls the read model until the inspection reaches <paramref name="stage"/>; the workflow gets there asynchronously.</summary>
    public Task<JsonElement> WaitForStageAsync(string id, string stage) => _driver.WaitForStageAsync(id, stage);

    /// <summary>Polls until <paramref name="condition"/> holds for the inspection (a change that keeps the stage).</summary>
    public Task<JsonElement> WaitUntilAsync(string id, Func<JsonElement, bool> condition, string what) => _driver.WaitUntilAsync(id, condition, what);

    public static string Stage(JsonElement inspection) => WorkflowDriver.Stage(inspection);

    public static DateOnly Day(JsonElement dueDay) => DateOnly.Parse(dueDay.GetProperty("day").GetString()!, CultureInfo.InvariantCulture);

    public static JsonElement Schedule(JsonElement inspection) => inspection.GetProperty("schedule");

    public static JsonElement Remediation(JsonElement inspection, string remediationId) =>
        inspection.GetProperty("remediations").EnumerateArray().Single(r => r.GetProperty("id").GetString() == remediationId);

    public Task WaitForPlanCompletedAsync(string planId) => _driver.WaitForStatusAsync("plan-" + planId, OrchestrationRuntimeStatus.Completed);

    public async ValueTask DisposeAsync()
    {
        Mail.Dispose();
        await Host.DisposeAsync();
        await _storage.DisposeAsync();
    }
}
