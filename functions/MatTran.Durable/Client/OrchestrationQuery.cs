namespace MatTran.Durable;

/// <summary>
/// Filter for <see cref="DurableTaskClient.QueryInstancesAsync"/> (Microsoft.DurableTask's <c>OrchestrationQuery</c>
/// plus <see cref="Name"/> and <see cref="CustomStatusPrefix"/>). Every condition is evaluated by the table service.
/// </summary>
public sealed record OrchestrationQuery
{
    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public IEnumerable<OrchestrationRuntimeStatus>? Statuses { get; init; }

    public string? InstanceIdPrefix { get; init; }

    public string? Name { get; init; }

    /// <summary>Matches the custom status text (a string status without its JSON quotes) by prefix.</summary>
    public string? CustomStatusPrefix { get; init; }

    public int PageSize { get; init; } = 100;

    public string? ContinuationToken { get; init; }

    public bool FetchInputsAndOutputs { get; init; }
}
