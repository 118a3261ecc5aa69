using Azure.Data.Tables;

namespace MatTran.Bench;

/// <summary>
/// What the engine did for a task hub, counted from its own History table: orchestration episodes (each one a
/// control-queue fetch, a history write and an instance-row update), activities, durable timers and raised events.
/// Dividing the workflow's storage requests by these says what one engine step costs, which bounds the lifecycle figure.
/// </summary>
internal sealed record EngineSteps(int Episodes, int Activities, int Timers, int Events, int Instances)
{
    public static async Task<EngineSteps> ReadAsync(string connectionString, string hubName, CancellationToken cancellationToken)
    {
        var history = new TableClient(connectionString, hubName + "History");
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        var instances = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in history.QueryAsync<TableEntity>(select: ["PartitionKey", "EventType"], cancellationToken: cancellationToken))
        {
            string type = row.GetString("EventType") ?? "";
            byType[type] = byType.GetValueOrDefault(type) + 1;
            instances.Add(row.PartitionKey);
        }

        return new EngineSteps(
            byType.GetValueOrDefault("OrchestratorStarted"),
            byType.GetValueOrDefault("TaskScheduled"),
            byType.GetValueOrDefault("TimerCreated"),
            byType.GetValueOrDefault("EventRaised"),
            instances.Count);
    }

    public string PerInspection(int inspections) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Instances} orchestrations; per inspection {Episodes / (double)inspections:F1} episodes, {Activities / (double)inspections:F1} activities, " +
        $"{Timers / (double)inspections:F1} timers, {Events / (double)inspections:F1} events");
}
