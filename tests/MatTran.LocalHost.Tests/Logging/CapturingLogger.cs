using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.Logging;

/// <summary>The logger <see cref="CapturedLog"/> hands out: writes category, formatted message, state and exception.</summary>
internal sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        lines.Enqueue($"{category} scope: {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        string structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : "";
        lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}");
    }
}
