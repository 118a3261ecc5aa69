using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace MatTran.DevServers;

/// <summary>
/// One node process we started, with its output kept for error messages. Each runs with <c>host-watchdog.js</c>
/// preloaded, so it stops by itself when this process dies without disposing it (SIGKILL, crash).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const string HostPidVariable = "MATTRAN_DEVSERVERS_HOST_PID";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public static ServerProcess Start(string name, string entryPoint, IEnumerable<string> arguments, string workingDirectory)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { [HostPidVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) },
        };
        psi.ArgumentList.Add("--require");
        psi.ArgumentList.Add(Watchdog);
        psi.ArgumentList.Add(entryPoint);
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = psi };
        var server = new ServerProcess(name, process);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} could not be started; is Node.js 20 on PATH?");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>
    /// Waits until every port accepts a TCP connection from this server, or fails with the server's output. A port
    /// taken by another process between choosing it and the server's bind fails at once: the answer would come from a
    /// stranger (an older emulator, another app) while our server's own bind fails with EADDRINUSE.
    /// </summary>
    public async Task WaitUntilListeningAsync(IEnumerable<int> ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        long started = TimeProvider.System.GetTimestamp();
        foreach (int port in ports)
        {
            while (!await AcceptsAsync(port, cancellationToken))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:\n{Output}");
                }

                if (TimeProvider.System.GetElapsedTime(started) > timeout)
                {
                    throw new TimeoutException($"{Name} did not listen on port {port} within {timeout}:\n{Output}");
                }

                await Task.Delay(100, cancellationToken);
            }

            if (ListeningSockets.IsHeldBy(_process.Id, port) == false)
            {
                throw new InvalidOperationException(
                    $"Port {port} answers, but not from {Name} (pid {_process.Id}): another process holds it. {Name}'s output:\n{Output}");
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited && PosixSignals.TryInterrupt(_process.Id))
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // Did not close in time: fall through to a hard kill below.
            }
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Keep the tail only: a long-running dev server must not grow memory without bound.
            if (_output.Length > 64 * 1024)
            {
                _output.Remove(0, _output.Length / 2);
            }

            _output.AppendLine(line);
        }
    }

    private static string Watchdog
    {
        get
        {
            string path = Path.Combine(AppContext.BaseDirectory, "host-watchdog.js");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException("host-watchdog.js must be copied next to the app by MatTran.DevServers.csproj.", path);
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
