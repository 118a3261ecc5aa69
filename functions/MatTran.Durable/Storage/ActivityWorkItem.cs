namespace MatTran.Durable.Storage;

/// <summary>The message on the work queue: which activity to run for which task of which execution.</summary>
internal sealed record ActivityWorkItem
{
    public required string InstanceId { get; init; }

    public required string ExecutionId { get; init; }

    public required int TaskId { get; init; }

    /// <summary>The first attempt's task id when this call is retried under a policy; null otherwise.</summary>
    public int? FirstAttemptId { get; init; }

    public required string Name { get; init; }

    /// <summary>JSON input, or a blob reference for a large one.</summary>
    public string? Input { get; init; }
}
