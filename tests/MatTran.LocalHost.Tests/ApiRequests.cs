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

    /// <summary>Signs the request in as App Service Authentication would: an Entra ID user with one app role.</summary>
    public static HttpRequestMessage AsPrincipal(this HttpRequestMessage request, string role)
    {
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", ClientPrincipal(role));
        return request;
    }

    /// <summary>The <c>X-MS-CLIENT-PRINCIPAL</c> header of App Service Authentication for an Entra ID user with these app roles.</summary>
    public static string ClientPrincipal(params string[] roles)
    {
        var principal = new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = roles.Select(role => new { typ = "roles", val = role })
                .Prepend(new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", val = "lan@mattran.example.vn" })
                .ToArray(),
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }

    /// <summary>The header as Static Web Apps builds it: roles in <c>userRoles</c> (lower-cased), no claims.</summary>
    public static string StaticWebAppsPrincipal(params string[] roles)
    {
        var principal = new
        {
            identityProvider = "aad",
            userId = "d75b260a64504067bfc5b2905e3b8182",
            userDetails = "lan@mattran.example.vn",
            userRoles = roles.Select(r => r.ToLowerInvariant()).Prepend("authenticated").Prepend("anonymous").ToArray(),
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }

    /// <summary>
    /// Asks the server before sending the body, as browsers and curl do with large uploads: a server refusing the
    /// request by its declared length answers at once, and the client never writes into a closed connection.
    /// </summary>
    public static HttpRequestMessage ExpectingContinue(this HttpRequestMessage request)
    {
        request.Headers.ExpectContinue = true;
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
