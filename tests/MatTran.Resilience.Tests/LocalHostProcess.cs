using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;

namespace MatTran.Resilience.Tests;

/// <summary>
/// The real local host (<c>functions/MatTran.LocalHost</c>, as built) run as a child process on a fixed loopback port
/// and a task hub of its own, so it can be killed with SIGKILL and started again on the same Azurite data. Its output
/// goes to a log file, one section per start.
/// </summary>
internal sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Lock _logLock = new();
    private readonly string _logPath;
    private Process? _process;

    public LocalHostProcess(Uri address, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        Address = address;
        _environment = environment;
        _logPath = logPath;
    }

    public Uri Address { get; }

    public int Starts { get; private set; }

    public int Kills { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    public static string AssemblyPath =>
        typeof(LocalHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LocalHostAssembly").Value!;

    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The local host is already running.");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", AssemblyPath },
            WorkingDirectory = Path.GetDirectoryName(AssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach ((string key, string value) in _environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        Starts++;
        Append(string.Create(CultureInfo.InvariantCulture, $"--- start {Starts} (pid {_process.Id}) at {DateTime.UtcNow:O}"));
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>SIGKILL: the host gets no chance to finish a request, an activity or a write.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        process.Kill();
        await process.WaitForExitAsync(cancellationToken);
        Kills++;
        Append(string.Create(CultureInfo.InvariantCulture, $"--- SIGKILL {Kills} at {DateTime.UtcNow:O}"));
    }

    /// <summary>Waits until <c>/api/health</c> answers 200 (storage reachable, routes mapped).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        long started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"The local host exited with code {exited.ExitCode}; see {_logPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("api/health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Started but slow to answer: try again.
            }

            if (TimeProvider.System.GetElapsedTime(started) > patience)
            {
                throw new TimeoutException($"The local host was not healthy after {patience}; see {_logPath}.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_logLock)
            {
                File.AppendAllText(_logPath, line + "\n");
            }
        }
    }
}
