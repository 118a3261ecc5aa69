using System.Globalization;
using MatTran.DevServers;
using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.Bench;

/// <summary>
/// The real local host (Kestrel, the API, the durable engine with the product's default engine settings) on a free
/// loopback port, on the benchmark's Azurite, in the Test environment so the demo-user header signs requests in.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string UserHeader = "X-MatTran-User";

    private const string EnginePrefix = DurableEngineOptions.SectionPath + ":";

    private readonly WebApplication _app;

    private BenchHost(WebApplication app, Uri address, string hubName)
    {
        _app = app;
        HubName = hubName;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Client { get; }

    /// <summary>The engine's task hub: the prefix of its queues, tables and blob containers.</summary>
    public string HubName { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchHost> StartAsync(DevServerSet servers, string hubName, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Test",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = servers.StorageConnectionString,
            ["UnitLinks:SigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Email:FromAddress"] = "kiemtra@mattran.example.vn",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = servers.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["DemoData:Seed"] = "false",
            // The local host's appsettings.json logs at Information; a benchmark prints only its table and warnings.
            ["Logging:LogLevel:Default"] = "Warning",
            [EnginePrefix + "hubName"] = hubName,
        });
        var app = builder.AddMatTranLocalHost().Build();
        app.Use((context, next) =>
        {
            RequestCounter.ServingHttp = true;
            return next(context);
        });
        app.MapMatTranLocalHost();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Select(a => new Uri(a)).First();
        return new BenchHost(app, address, hubName);
    }

    /// <summary>Sends as the demo user <paramref name="user"/>; throws with the answer's body unless it is a success.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string user, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(UserHeader, user);
        var response = await Client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {body}");
        }

        return response;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
