using System.Globalization;

namespace MatTran.DevServers;

/// <summary>
/// Azurite and maildev started on free loopback ports; disposing stops exactly the processes this instance started,
/// and they stop by themselves when this process dies without disposing (see <c>host-watchdog.js</c>). Used by the host in Development and by every test fixture that needs real storage or SMTP.
/// </summary>
public sealed class DevServerSet : IAsyncDisposable
{
    private const string DevAccount = "devstoreaccount1";

    // The emulator's well-known key, published in Microsoft's Azurite documentation.
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<ServerProcess> _processes = [];

    private DevServerSet()
    {
    }

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    public int SmtpPort { get; private set; }

    public int MailWebPort { get; private set; }

    /// <summary>The servers' process ids, in start order (Azurite, then maildev).</summary>
    public IReadOnlyList<int> ProcessIds => [.. _processes.Select(p => p.Id)];

    /// <summary>A full connection string with explicit loopback endpoints for Azurite.</summary>
    public string StorageConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevAccount};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevAccount};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{DevAccount};");

    /// <summary>maildev's web UI and REST API (<c>GET /email</c>, <c>DELETE /email/all</c>).</summary>
    public Uri MailWebUri => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{MailWebPort}/"));

    public static async Task<DevServerSet> StartAsync(DevServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DevServerOptions();
        string tools = options.ToolsDirectory ?? ToolsInstaller.FindToolsDirectory();
        await ToolsInstaller.EnsureInstalledAsync(tools, cancellationToken);

        var set = new DevServerSet();
        try
        {
            if (options.StartAzurite)
            {
                await set.StartAzuriteAsync(tools, options, cancellationToken);
            }

            if (options.StartMaildev)
            {
                await set.StartMaildevAsync(tools, options, cancellationToken);
            }
        }
        catch
        {
            await set.DisposeAsync();
            throw;
        }

        return set;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
    }

    private async Task StartAzuriteAsync(string tools, DevServerOptions options, CancellationToken cancellationToken)
    {
        var ports = FreePorts.Take(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        var args = new List<string>
        {
            "--blobHost", "127.0.0.1", "--blobPort", Port(BlobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(QueuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(TablePort),
            "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--disableProductStyleUrl",
        };
        string workingDirectory = tools;
        if (options.AzuriteDataDirectory is null)
        {
            args.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(options.AzuriteDataDirectory);
            args.AddRange(["--location", options.AzuriteDataDirectory]);
            workingDirectory = options.AzuriteDataDirectory;
        }

        var azurite = ServerProcess.Start("Azurite", ToolsInstaller.AzuriteEntryPoint(tools), args, workingDirectory);
        _processes.Add(azurite);
        await azurite.WaitUntilListeningAsync(ports, options.StartupTimeout, cancellationToken);
    }

    private async Task StartMaildevAsync(string tools, DevServerOptions options, CancellationToken cancellationToken)
    {
        var ports = FreePorts.Take(2);
        (SmtpPort, MailWebPort) = (ports[0], ports[1]);
        string[] args =
        [
            "--smtp", Port(SmtpPort), "--web", Port(MailWebPort), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent",
        ];
        var maildev = ServerProcess.Start("maildev", ToolsInstaller.MaildevEntryPoint(tools), args, tools);
        _processes.Add(maildev);
        await maildev.WaitUntilListeningAsync(ports, options.StartupTimeout, cancellationToken);
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
