using System.Collections.Concurrent;

namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Counts activity attempts per key (a singleton service, injected into <see cref="FlakyActivity"/>).</summary>
public sealed class AttemptCounter
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    public int Increment(string key) => _attempts.AddOrUpdate(key, 1, (_, count) => count + 1);

    public int Count(string key) => _attempts.GetValueOrDefault(key);
}
