namespace MatTran.Bench;

/// <summary>One measured row of the benchmark table.</summary>
/// <param name="Units">What was counted per second (instances, inspections, round trips).</param>
/// <param name="Requests">Storage requests made during the run, when counted.</param>
internal sealed record Figure(string Name, int Count, TimeSpan Elapsed, int Units, string UnitName, long? Requests = null)
{
    public double PerSecond => Units / Elapsed.TotalSeconds;
}
