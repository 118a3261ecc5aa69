using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MatTran.YearScenario;

/// <summary>
/// Plays the people of a <see cref="ScenarioYear"/> against a local host that may be dead at any moment: on each pass it
/// reads every inspection and makes the one request its stage waits for. A request the host accepted (2xx) is never
/// made again; one that got no answer (the host was killed) is made again on a later pass, as a person would click
/// again. A 409 means an earlier attempt got through after all.
/// </summary>
internal sealed class LifecycleDriver : IDisposable
{
    private const string UserHeader = "X-MatTran-User";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private readonly HashSet<string> _accepted = new(StringComparer.Ordinal);
    private readonly HttpClient _http;
    private readonly MaildevMessages _mail;
    private readonly ScenarioYear _year;

    public LifecycleDriver(Uri address, ScenarioYear year, MaildevMessages mail)
    {
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
        _year = year;
        _mail = mail;
    }

    /// <summary>Requests that got no answer because the host was down or died while handling them.</summary>
    public int Unanswered { get; private set; }

    /// <summary>Answers no person should ever see (anything but 2xx, 409, and 503 while a workflow starts).</summary>
    public List<string> Unexpected { get; } = [];

    /// <summary>Imports the units, creates and approves the plan and launches it as a rehearsal; returns the plan and inspection ids.</summary>
    public async Task<(string PlanId, string[] InspectionIds)> LaunchAsync(DateOnly startsAt, double secondsPerDay, CancellationToken cancellationToken)
    {
        await RequireAsync(Post("api/units/import", new StringContent(_year.UnitsCsv(), Encoding.UTF8, "text/csv"), "planner"), cancellationToken);
        var plan = await RequireAsync(Post("api/plans", JsonContent.Create(_year.Plan()), "planner"), cancellationToken);
        string planId = plan.GetProperty("id").GetString()!;
        await RequireAsync(Post($"api/plans/{planId}/approve", null, "supervisor"), cancellationToken);
        var rehearsal = new { rehearsal = new { startsAt = startsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), secondsPerDay } };
        await RequireAsync(Post($"api/plans/{planId}/launch", JsonContent.Create(rehearsal), "planner"), cancellationToken);
        var launched = await RequireAsync(Get($"api/plans/{planId}", "planner"), cancellationToken);
        string[] ids = [.. launched.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
        return (planId, ids);
    }

    /// <summary>The plan's status (Launched, Completed…), or null while the host gives no answer.</summary>
    public async Task<string?> PlanStatusAsync(string planId, CancellationToken cancellationToken) =>
        (await ReadAsync(Get($"api/plans/{planId}", "planner"), cancellationToken))?.GetProperty("status").GetString();

    /// <summary>One pass over the plan's inspections; true once every one is closed.</summary>
    public async Task<bool> AdvanceAsync(string planId, IReadOnlyList<string> inspectionIds, CancellationToken cancellationToken)
    {
        IReadOnlyList<MaildevMessages.Message>? mail = null;
        DateOnly? today = null;
        bool allClosed = true;
        for (int index = 0; index < inspectionIds.Count; index++)
        {
            string id = inspectionIds[index];
            var inspection = await ReadAsync(Get($"api/inspections/{id}", "inspector"), cancellationToken);
            if (inspection is not { } found)
            {
                allClosed = false;
                continue;
            }

            string stage = found.GetProperty("summary").GetProperty("stage").GetString()!;
            allClosed &= stage == "Closed";
            switch (stage)
            {
                case "AwaitingSelfReport":
                    mail ??= await _mail.AllAsync(cancellationToken);
                    if (Token(mail, _year.Email(index), s => s.StartsWith("Thông báo ", StringComparison.Ordinal) && !s.Contains("kết luận", StringComparison.Ordinal)) is { } notice)
                    {
                        await ActOnceAsync($"{id}:self-report", UnitPost($"api/inspections/{id}/self-report", notice, null), cancellationToken);
                    }

                    break;
                case "AwaitingFindings":
                    await ActOnceAsync($"{id}:findings", Post($"api/inspections/{id}/findings", JsonContent.Create(ScenarioYear.Findings()), "inspector"), cancellationToken);
                    break;
                case "AwaitingUnitFeedback" when found.GetProperty("feedback").GetArrayLength() == 0:
                    mail ??= await _mail.AllAsync(cancellationToken);
                    if (Token(mail, _year.Email(index), s => s.Contains("Dự thảo báo cáo", StringComparison.Ordinal)) is { } draft)
                    {
                        await ActOnceAsync($"{id}:feedback", UnitPost($"api/inspections/{id}/feedback", draft, "Đơn vị giải trình: số liệu quỹ đã được đối chiếu lại."), cancellationToken);
                    }

                    break;
                case "AwaitingUnitFeedback":
                    today ??= await PlanTodayAsync(planId, cancellationToken);
                    if (today is { } day)
                    {
                        await ActOnceAsync($"{id}:conclusion", Post($"api/inspections/{id}/conclusion", JsonContent.Create(ScenarioYear.Conclusion(index, day)), "inspector"), cancellationToken);
                    }

                    break;
                case "AwaitingApproval":
                    await ActOnceAsync($"{id}:approve", Post($"api/inspections/{id}/conclusion/approve", null, "supervisor"), cancellationToken);
                    break;
                case "Remediation":
                    mail ??= await _mail.AllAsync(cancellationToken);
                    await RemedyAsync(found, Token(mail, _year.Email(index), s => s.Contains("Thông báo kết luận", StringComparison.Ordinal)), cancellationToken);
                    break;
            }
        }

        return allClosed;
    }

    public void Dispose() => _http.Dispose();

    private async Task RemedyAsync(JsonElement inspection, string? conclusionToken, CancellationToken cancellationToken)
    {
        foreach (var item in inspection.GetProperty("remediations").EnumerateArray())
        {
            string id = item.GetProperty("id").GetString()!;
            switch (item.GetProperty("status").GetString())
            {
                case "Open" when conclusionToken is not null:
                    await ActOnceAsync($"{id}:report", UnitPost($"api/remediations/{id}/report", conclusionToken, "Đã cập nhật sổ sách Quỹ."), cancellationToken);
                    break;
                case "Reported":
                    await ActOnceAsync($"{id}:accept", Post($"api/remediations/{id}/accept", JsonContent.Create(new { comment = "Đạt yêu cầu" }), "inspector"), cancellationToken);
                    break;
            }
        }
    }

    private static string? Token(IReadOnlyList<MaildevMessages.Message> mail, string address, Func<string, bool> subject) =>
        mail.Where(m => m.IsTo(address) && subject(m.Subject)).Select(MaildevMessages.LinkToken).FirstOrDefault(t => t is not null);

    private async Task<DateOnly?> PlanTodayAsync(string planId, CancellationToken cancellationToken) =>
        await ReadAsync(Get($"api/plans/{planId}", "planner"), cancellationToken) is { } plan
            ? DateOnly.FromDateTime(plan.GetProperty("planTime").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7)).DateTime)
            : null;

    private async Task ActOnceAsync(string action, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            if (_accepted.Contains(action))
            {
                return;
            }

            using var response = await TrySendAsync(request, cancellationToken);
            if (response is null)
            {
                return;
            }

            if (response.IsSuccessStatusCode)
            {
                _accepted.Add(action);
            }
            else if (response.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable))
            {
                Unexpected.Add($"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }
    }

    private async Task<JsonElement?> ReadAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await TrySendAsync(request, cancellationToken);
            if (response is not { IsSuccessStatusCode: true })
            {
                // 404: the plan's start has not written the inspection yet (the host may have died before it did).
                if (response is { StatusCode: not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.NotFound) })
                {
                    Unexpected.Add($"{request.RequestUri}: {(int)response.StatusCode}");
                }

                return null;
            }

            return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
        }
    }

    /// <summary>The answer, or null when the host gave none (refused, reset, or no answer within the client's timeout).</summary>
    private async Task<HttpResponseMessage?> TrySendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            Unanswered++;
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Unanswered++;
            return null;
        }
    }

    private async Task<JsonElement> RequireAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {body}");
            }

            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static HttpRequestMessage Get(string path, string user) => WithUser(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), user);

    private static HttpRequestMessage Post(string path, HttpContent? content, string user) =>
        WithUser(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content }, user);

    private static HttpRequestMessage WithUser(HttpRequestMessage request, string user)
    {
        request.Headers.Add(UserHeader, user);
        return request;
    }

    /// <summary>A unit's multipart POST with a PDF, authorised by the token of its emailed link.</summary>
    private static HttpRequestMessage UnitPost(string path, string token, string? text)
    {
        var form = new MultipartFormDataContent();
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "Báo cáo.pdf");
        return new HttpRequestMessage(HttpMethod.Post, new Uri($"{path}?t={Uri.EscapeDataString(token)}", UriKind.Relative)) { Content = form };
    }
}
