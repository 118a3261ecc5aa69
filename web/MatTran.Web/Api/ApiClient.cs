using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MatTran.Web.Session;

namespace MatTran.Web.Api;

/// <summary>
/// Every call the pages make to the HTTP API. It adds the Development/Test sign-in header of the chosen demo user; in
/// Azure the Static Web Apps principal travels by itself. The API decides every permission: the app only hides
/// buttons a role cannot use.
/// </summary>
public sealed class ApiClient(HttpClient http, SignInState signIn)
{
    private const string DemoUserHeader = "X-MatTran-User";
    private const int StartingRetries = 10;

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<ApiResult<T>> PostJsonAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: WebJson.Options) }, cancellationToken);

    public Task<ApiResult<T>> PutJsonAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: WebJson.Options) }, cancellationToken);

    /// <summary>A DELETE; the API answers 204 with no body.</summary>
    public Task<ApiResult<object>> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync<object>(() => new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    public Task<ApiResult<T>> PostCsvAsync<T>(string path, string csv, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") }, cancellationToken);

    /// <summary>The bytes of a document with its file name and type, for a download the browser saves.</summary>
    public async Task<ApiResult<DownloadedFile>> DownloadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await http.SendAsync(WithSignIn(new HttpRequestMessage(HttpMethod.Get, path)), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new(null, await ReadProblemAsync(response, cancellationToken), (int)response.StatusCode);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        string name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "tai-lieu";
        string type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        return new(new DownloadedFile(name, type, bytes), null, (int)response.StatusCode);
    }

    /// <summary>A text resource (an archived .eml of the Development mailbox).</summary>
    public async Task<ApiResult<string>> GetTextAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await http.SendAsync(WithSignIn(new HttpRequestMessage(HttpMethod.Get, path)), cancellationToken);
        return response.IsSuccessStatusCode
            ? new(await response.Content.ReadAsStringAsync(cancellationToken), null, (int)response.StatusCode)
            : new(null, await ReadProblemAsync(response, cancellationToken), (int)response.StatusCode);
    }

    private async Task<ApiResult<T>> SendAsync<T>(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            using var response = await http.SendAsync(WithSignIn(request()), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                T? value = response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(WebJson.Options, cancellationToken);
                return new(value, null, (int)response.StatusCode);
            }

            var problem = await ReadProblemAsync(response, cancellationToken);
            // 503 workflow.starting: the item's orchestration is being created this moment; the API asks for a retry.
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && problem.Code == "workflow.starting" && attempt < StartingRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                continue;
            }

            return new(default, problem, (int)response.StatusCode);
        }
    }

    private HttpRequestMessage WithSignIn(HttpRequestMessage request)
    {
        if (signIn.DemoUser is { Length: > 0 } user)
        {
            request.Headers.Add(DemoUserHeader, user);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            if (text.Length > 0 && JsonSerializer.Deserialize<ApiProblem>(text, WebJson.Options) is { } problem)
            {
                problem.Status = (int)response.StatusCode;
                return problem;
            }
        }
        catch (JsonException)
        {
            // Not problem+json (a proxy's error page): the status line below is all there is to show.
        }

        return new ApiProblem { Status = (int)response.StatusCode, Title = $"{(int)response.StatusCode} {response.ReasonPhrase}" };
    }
}
