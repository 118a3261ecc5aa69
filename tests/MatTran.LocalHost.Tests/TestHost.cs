using MatTran.Durable;
using MatTran.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>The real app on real Kestrel, on a free loopback port, configured like <c>dotnet run</c> minus the emulators.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    /// <summary>The tests' own link-signing key (base64, 32 bytes); a test's settings may replace it.</summary>
    public const string SigningKey = "dGVzdC1vbmx5LXVuaXQtbGluay1rZXktMzItYnl0ZXMh";

    /// <summary>Settings every test host gets unless the test's own settings say otherwise.</summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["UnitLinks:SigningKey"] = SigningKey,
        ["UnitLinks:PublicBaseUrl"] = "http://localhost:7071",
        ["Email:FromAddress"] = "kiemtra@mattran.example.vn",
    };

    private readonly WebApplication _app;

    private TestHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Client { get; }

    public static async Task<TestHost> StartAsync(
        IDictionary<string, string?> settings,
        string? urls = "http://127.0.0.1:0",
        string environmentName = "Test",
        CancellationToken cancellationToken = default,
        Action<DurableTaskOptions>? configureDurable = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environmentName,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Configuration.AddInMemoryCollection(Defaults);
        builder.Configuration.AddInMemoryCollection(settings);
        var app = builder.AddMatTranHost(configureDurable).Build();
        app.MapMatTranEndpoints();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Select(a => new Uri(a)).First();
        return new TestHost(app, address);
    }

    public static Task<TestHost> StartWithAzuriteAsync(CancellationToken cancellationToken = default) =>
        StartWithAzuriteAsync("Test", cancellationToken);

    public static Task<TestHost> StartWithAzuriteAsync(string environmentName, CancellationToken cancellationToken = default) =>
        StartAsync(
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = Emulators.Servers.StorageConnectionString },
            environmentName: environmentName,
            cancellationToken: cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
