using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Logging;

/// <summary>
/// Every log line the app writes through the levels it is configured with, message and exception text included,
/// added to a running host's logger factory.
/// </summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    public void Dispose()
    {
    }
}
