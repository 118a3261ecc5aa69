using System.Collections.Concurrent;
using System.Globalization;
using MatTran.DevServers;
using MatTran.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// The real local host (Kestrel, the API, the durable engine) on a free loopback port, configured like <c>dotnet run</c>
/// minus the emulators it would start: the assembly's Azurite and maildev, and a task hub of its own so hosts running
/// side by side never take each other's work.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    /// <summary>The tests' own link-signing key (base64, 32 bytes); a test's settings may replace it.</summary>
    public const string SigningKey = "dGVzdC1vbmx5LXVuaXQtbGluay1rZXktMzItYnl0ZXMh";

    private const string EnginePrefix = "AzureFunctionsJobHost:extensions:durableTask:";

    private static readonly ConcurrentDictionary<string, Lazy<Task<TestHost>>> s_shared = new(StringComparer.Ordinal);

    private readonly WebApplication _app;

    private TestHost(WebApplication app, Uri address, DevServerSet servers)
    {
        _app = app;
        Address = address;
        Servers = servers;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Client { get; }

    public DevServerSet Servers { get; }

    /// <summary>A host of its own, for tests that change settings or need their own workflows running.</summary>
    /// <param name="services">More registrations after the host's own (a test's telemetry exporter).</param>
    public static async Task<TestHost> StartAsync(
        IDictionary<string, string?>? settings = null, string environmentName = "Test", CancellationToken cancellationToken = default,
        Action<IServiceCollection>? services = null)
    {
        var servers = await Emulators.GetServersAsync(cancellationToken);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environmentName,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Defaults(servers));
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddMatTranLocalHost();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapMatTranLocalHost();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Select(a => new Uri(a)).First();
        return new TestHost(app, address, servers);
    }

    /// <summary>
    /// One host per environment for the whole assembly, for tests that only call the API with data of their own (unique
    /// unit prefixes and plan ids): starting an engine per test would cost more than the tests. Do not dispose it.
    /// </summary>
    public static Task<TestHost> SharedAsync(CancellationToken cancellationToken, string environmentName = "Test") =>
        s_shared.GetOrAdd(environmentName, name => new Lazy<Task<TestHost>>(() => StartAsync(environmentName: name, cancellationToken: CancellationToken.None)))
            .Value.WaitAsync(cancellationToken);

    public static async Task StopSharedAsync()
    {
        foreach (var host in s_shared.Values.Where(h => h.IsValueCreated))
        {
            if (host.Value.IsCompletedSuccessfully)
            {
                await (await host.Value).DisposeAsync();
            }
        }

        s_shared.Clear();
    }

    /// <summary>Settings every test host gets unless the test's own settings say otherwise.</summary>
    private static Dictionary<string, string?> Defaults(DevServerSet servers) => new()
    {
        ["Storage:ConnectionString"] = servers.StorageConnectionString,
        ["UnitLinks:SigningKey"] = SigningKey,
        ["UnitLinks:PublicBaseUrl"] = "http://localhost:7071",
        ["Email:FromAddress"] = "kiemtra@mattran.example.vn",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = servers.SmtpPort.ToString(CultureInfo.InvariantCulture),
        [EnginePrefix + "hubName"] = Emulators.UniqueName("t"),
        // Two partitions and a short idle poll: one worker per host, steps answered within a fraction of a second.
        [EnginePrefix + "storageProvider:partitionCount"] = "2",
        [EnginePrefix + "storageProvider:maxQueuePollingInterval"] = "00:00:00.500",
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
