using System.Globalization;
using System.Net;
using System.Text.Json;
using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.Rehearsal;

namespace MatTran.Web.Tests;

/// <summary>
/// The assembly's shared local host (Azurite, maildev, real workflows) for one test, with units of a prefix no other
/// test uses (its plans and emails are its own too) and a reader of what maildev received; waits go through the API
/// (stages, audit), never a fixed sleep. One host for the project: a second engine would only compete for the CPU.
/// </summary>
internal sealed class WebScenario(TestHost host) : IAsyncDisposable
{
    public TestHost Host => host;

    public MaildevMailbox Mail { get; } = new(host.Servers.MailWebUri);

    public string Prefix { get; } = Emulators.UniqueName("w");

    public string Province => Prefix + "-tinh";

    public string District => Prefix + "-huyen";

    public string Commune => Prefix + "-xa";

    public string DistrictEmail => $"{Prefix}.huyen@mattran.example.vn";

    public static async Task<WebScenario> StartAsync(CancellationToken cancellationToken) =>
        new(await TestHost.SharedAsync(cancellationToken));

    /// <summary>The registry CSV: province → district → commune; with <paramref name="badEmail"/> the commune's email is malformed.</summary>
    public string UnitsCsv(bool badEmail) =>
        "id,name,level,parentId,email\n" +
        $"{Province},Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm {Prefix},Province,,{Prefix}.tinh@mattran.example.vn\n" +
        $"{District},Ủy ban MTTQ Việt Nam huyện Hòa An {Prefix},District,{Province},{DistrictEmail}\n" +
        $"{Commune},Ủy ban MTTQ Việt Nam xã Hồng Việt {Prefix},Commune,{District},{(badEmail ? "khong-phai-email" : Prefix + ".xa@mattran.example.vn")}\n";

    public async Task<JsonElement> GetAsync(string path, string user = "planner")
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get(path, user));
        string body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> WaitUntilAsync(string inspectionId, Func<JsonElement, bool> condition, string what)
    {
        JsonElement inspection = default;
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(120); await Task.Delay(250))
        {
            inspection = await GetAsync($"api/inspections/{inspectionId}");
            if (condition(inspection))
            {
                return inspection;
            }
        }

        Assert.Fail($"Waiting for {what}: {inspection}");
        return inspection;
    }

    public Task<JsonElement> WaitForStageAsync(string inspectionId, string stage) =>
        WaitUntilAsync(inspectionId, i => i.GetProperty("summary").GetProperty("stage").GetString() == stage, "stage " + stage);

    /// <summary>
    /// Enters a person into the province's staff directory (as the admin would) who signs in as <paramref name="user"/>:
    /// a plan whose team line names them lands in that user's team inbox.
    /// </summary>
    public async Task AddStaffAsync(string staffId, string name, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"api/committees/{Province}/staff/{staffId}", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name, position = "Trưởng Ban Dân chủ - Pháp luật", userName = user }),
        };
        using var response = await host.Client.SendAsync(request.As("admin"));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Where the plan's clock stands now, as a date (Vietnam time).</summary>
    public async Task<DateOnly> PlanTodayAsync(string planId)
    {
        var plan = await GetAsync($"api/plans/{planId}");
        var at = DateTimeOffset.Parse(plan.GetProperty("planTime").GetString()!, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(7));
        return DateOnly.FromDateTime(at.DateTime);
    }

    /// <summary>The unit page URL of an emailed link, on this host (the email names the public base URL).</summary>
    public string UnitPageUrl(string inspectionId, ReceivedEmail email) =>
        new Uri(host.Address, $"units/inspections/{inspectionId}?t={Uri.EscapeDataString(MaildevMailbox.LinkToken(email))}").ToString();

    /// <summary>The shared host stays up for the other tests; the assembly cleanup stops it.</summary>
    public ValueTask DisposeAsync()
    {
        Mail.Dispose();
        return ValueTask.CompletedTask;
    }
}
