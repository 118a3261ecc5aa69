using System.Globalization;
using Azure;
using MatTran.AzureStorage.Tables;
using MatTran.Durable.Serialization;

namespace MatTran.Durable.Storage;

/// <summary>
/// The <c>meta</c> row of an instance: identity, status and the stored forms (inline JSON or blob references) of
/// input, output and custom status, plus the bookkeeping an episode needs (next history sequence, current execution,
/// parent link). Its ETag guards every episode's commit.
/// </summary>
internal sealed class InstanceMeta
{
    public required string InstanceId { get; init; }

    public required string Name { get; set; }

    public string Version { get; set; } = "";

    public OrchestrationRuntimeStatus Status { get; set; } = OrchestrationRuntimeStatus.Pending;

    public required string ExecutionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? ScheduledStartAt { get; set; }

    public string? Input { get; set; }

    public string? Output { get; set; }

    public string? CustomStatus { get; set; }

    public TaskFailureDetails? Failure { get; set; }

    /// <summary>Sequence number the next history row gets.</summary>
    public int NextSequence { get; set; }

    /// <summary>First history row of the current execution (earlier rows belong to executions ended by ContinueAsNew).</summary>
    public int HistoryStart { get; set; }

    public string? ParentInstanceId { get; set; }

    public string? ParentName { get; set; }

    public string? ParentExecutionId { get; set; }

    public int? ParentTaskId { get; set; }

    public ETag ETag { get; set; }

    public bool IsTerminal => Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
        or OrchestrationRuntimeStatus.Terminated or OrchestrationRuntimeStatus.Canceled;

    public TableEntity ToEntity()
    {
        var row = new TableEntity(InstanceId, RowKeys.Meta)
        {
            ["Name"] = Name,
            ["Version"] = Version,
            ["Status"] = Status.ToString(),
            ["ExecutionId"] = ExecutionId,
            ["CreatedAt"] = CreatedAt,
            ["LastUpdatedAt"] = LastUpdatedAt,
            ["NextSequence"] = NextSequence,
            ["HistoryStart"] = HistoryStart,
        };
        SetIfNotNull(row, "CompletedAt", CompletedAt);
        SetIfNotNull(row, "ScheduledStartAt", ScheduledStartAt);
        ChunkedText.WriteInline(row, "Input", Input);
        ChunkedText.WriteInline(row, "Output", Output);
        ChunkedText.WriteInline(row, "CustomStatus", CustomStatus);
        if (CustomStatus is not null)
        {
            // A plain-text copy (string statuses unquoted, capped) so that queries can filter on a prefix server-side.
            row["CustomStatusText"] = CustomStatusText(CustomStatus);
        }

        SetIfNotNull(row, "Failure", Failure is null ? null : JsonPayload.Serialize(Failure));
        SetIfNotNull(row, "ParentInstanceId", ParentInstanceId);
        SetIfNotNull(row, "ParentName", ParentName);
        SetIfNotNull(row, "ParentExecutionId", ParentExecutionId);
        SetIfNotNull(row, "ParentTaskId", ParentTaskId);
        return row;
    }

    public static InstanceMeta FromEntity(TableEntity row) => new()
    {
        InstanceId = row.PartitionKey,
        Name = row.GetString("Name") ?? "",
        Version = row.GetString("Version") ?? "",
        Status = Enum.Parse<OrchestrationRuntimeStatus>(row.GetString("Status") ?? nameof(OrchestrationRuntimeStatus.Pending)),
        ExecutionId = row.GetString("ExecutionId") ?? "",
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? default,
        LastUpdatedAt = row.GetDateTimeOffset("LastUpdatedAt") ?? default,
        CompletedAt = row.GetDateTimeOffset("CompletedAt"),
        ScheduledStartAt = row.GetDateTimeOffset("ScheduledStartAt"),
        Input = ChunkedText.ReadInline(row, "Input"),
        Output = ChunkedText.ReadInline(row, "Output"),
        CustomStatus = ChunkedText.ReadInline(row, "CustomStatus"),
        Failure = JsonPayload.Deserialize<TaskFailureDetails>(row.GetString("Failure")),
        NextSequence = row.GetInt32("NextSequence") ?? 0,
        HistoryStart = row.GetInt32("HistoryStart") ?? 0,
        ParentInstanceId = row.GetString("ParentInstanceId"),
        ParentName = row.GetString("ParentName"),
        ParentExecutionId = row.GetString("ParentExecutionId"),
        ParentTaskId = row.GetInt32("ParentTaskId"),
        ETag = row.ETag,
    };

    public static string CustomStatusText(string customStatusJson)
    {
        var text = customStatusJson.Length > 1 && customStatusJson[0] == '"'
            ? JsonPayload.Deserialize<string>(customStatusJson) ?? ""
            : customStatusJson;
        return text.Length <= 1024 ? text : text[..1024];
    }

    public static string NewExecutionId(TimeProvider clock) =>
        clock.GetUtcNow().UtcTicks.ToString("x", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8];

    private static void SetIfNotNull(TableEntity row, string name, object? value)
    {
        if (value is not null)
        {
            row[name] = value;
        }
    }
}
