using System.Collections.Concurrent;
using System.Globalization;

namespace MatTran.Bench;

/// <summary>Latencies and server errors per route, collected from many concurrent users.</summary>
internal sealed class RouteLatencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _milliseconds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _serverErrors = new(StringComparer.Ordinal);

    public int ServerErrors => _serverErrors.Values.Sum();

    public void Add(string route, TimeSpan elapsed, int status)
    {
        _milliseconds.GetOrAdd(route, _ => []).Add(elapsed.TotalMilliseconds);
        if (status >= 500)
        {
            _serverErrors.AddOrUpdate(route, 1, (_, n) => n + 1);
        }
    }

    public void Print(TimeSpan duration, int users)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"API load: {users} users for {duration.TotalSeconds:F0} s on loopback"));
        Console.WriteLine("| route | requests | per second | p50 ms | p95 ms | max ms | 5xx |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach ((string route, var bag) in _milliseconds.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            double[] sorted = [.. bag.Order()];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {route} | {sorted.Length} | {sorted.Length / duration.TotalSeconds:F1} | {Percentile(sorted, 0.50):F0} | {Percentile(sorted, 0.95):F0} | {sorted[^1]:F0} | {_serverErrors.GetValueOrDefault(route)} |"));
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
