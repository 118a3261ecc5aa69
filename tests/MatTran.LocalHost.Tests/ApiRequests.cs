using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

/// <summary>Builds the API calls the tests make, as a named demo user, and reads problem+json answers.</summary>
internal static class ApiRequests
{
    public const string UserHeader = "X-MatTran-User";

    public static HttpRequestMessage As(this HttpRequestMessage request, string? user)
    {
        if (user is not null)
        {
            request.Headers.Add(UserHeader, user);
        }

        return request;
    }

    public static HttpRequestMessage Get(string path, string? user) =>
        new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)).As(user);

    public static HttpRequestMessage PostCsv(string path, string csv, string? user, string mediaType = "text/csv") =>
        new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(csv, Encoding.UTF8, mediaType),
        }.As(user);

    public static HttpRequestMessage PostJson(string path, object? body, string? user) =>
        new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) }.As(user);

    public static HttpRequestMessage PostRaw(string path, string body, string mediaType, string? user) =>
        new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
        }.As(user);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts the answer is problem+json with the status, and returns its body.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, int status, CancellationToken cancellationToken)
    {
        Assert.AreEqual(status, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync(cancellationToken);
        Assert.AreEqual(status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The codes a validation problem lists for one field.</summary>
    public static string[] CodesFor(this JsonElement problem, string field) =>
        problem.GetProperty("codes").TryGetProperty(field, out var codes) ? [.. codes.EnumerateArray().Select(c => c.GetString()!)] : [];
}
