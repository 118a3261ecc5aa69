using System.Net.Http.Json;
using MatTran.Api.Staff;
using MatTran.Web.Api;
using Microsoft.JSInterop;

namespace MatTran.Web.Session;

/// <summary>
/// Who is signed in. Locally (Development/Test) a demo user chosen on the sign-in page, kept in the browser's
/// localStorage and sent as <c>X-MatTran-User</c>; in Azure the Static Web Apps principal (<c>/.auth/me</c>), whose
/// header the platform adds to every API call. Either way the roles shown are those <c>GET /api/me</c> answers.
/// </summary>
public sealed class SignInState(HttpClient http, IJSRuntime js)
{
    private const string StorageKey = "mattran.demoUser";

    public string? DemoUser { get; private set; }

    public CurrentUser? User { get; private set; }

    public bool Loaded { get; private set; }

    public event Action? Changed;

    public bool IsIn(string role) => User is { } user && (user.Roles.Contains(role) || user.Roles.Contains(Roles.Admin));

    public async Task LoadAsync()
    {
        if (Loaded)
        {
            return;
        }

        DemoUser = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        User = await ReadMeAsync();
        if (User is null && DemoUser is not null)
        {
            // The stored demo user no longer counts (another environment, or removed): forget it.
            await SignOutAsync();
        }

        Loaded = true;
        Changed?.Invoke();
    }

    /// <summary>Signs in as a demo user; false when this environment does not take demo users.</summary>
    public async Task<bool> SignInAsDemoUserAsync(string user)
    {
        DemoUser = user;
        User = await ReadMeAsync();
        if (User is null)
        {
            DemoUser = null;
            return false;
        }

        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, user);
        Changed?.Invoke();
        return true;
    }

    public async Task SignOutAsync()
    {
        DemoUser = null;
        User = null;
        await js.InvokeVoidAsync("localStorage.removeItem", StorageKey);
        Changed?.Invoke();
    }

    private async Task<CurrentUser?> ReadMeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        if (DemoUser is { Length: > 0 } demo)
        {
            request.Headers.Add("X-MatTran-User", demo);
        }

        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CurrentUser>(WebJson.Options) : null;
    }
}
