using System.Text.Json;
using DurableTask.Core.History;
using MatTran.LocalHost.Engine;

namespace MatTran.LocalHost.Tests.Engine;

/// <summary>
/// Reads an instance's history as DurableTask.AzureStorage stores it (a JSON array of events, typed by their
/// <c>EventType</c> number), for tests that check what the engine scheduled rather than what it has done yet.
/// </summary>
internal static class InstanceHistory
{
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(LocalDurableEngine engine, string instanceId)
    {
        string json = await engine.OrchestrationService.GetOrchestrationHistoryAsync(instanceId, executionId: null);
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(item => item.Clone()).ToList();
    }

    public static EventType TypeOf(JsonElement historyEvent) => (EventType)historyEvent.GetProperty("EventType").GetInt32();

    public static async Task<bool> ContainsAsync(LocalDurableEngine engine, string instanceId, EventType type) =>
        (await ReadAsync(engine, instanceId)).Any(item => TypeOf(item) == type);

    /// <summary>Each TimerCreated event's fire time, in the order the orchestrator created them.</summary>
    public static async Task<IReadOnlyList<DateTime>> TimerFireTimesAsync(LocalDurableEngine engine, string instanceId) =>
        (await ReadAsync(engine, instanceId))
            .Where(item => TypeOf(item) == EventType.TimerCreated)
            .Select(item => item.GetProperty("FireAt").GetDateTime().ToUniversalTime())
            .ToList();
}
