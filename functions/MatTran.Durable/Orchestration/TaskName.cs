namespace MatTran.Durable;

/// <summary>
/// The name of an orchestrator or activity, as in Microsoft.DurableTask. Implicitly converts from a string so that
/// <c>ctx.CallActivityAsync(nameof(SendNotice), input)</c> reads as it does with the official SDK.
/// </summary>
public readonly record struct TaskName(string Name)
{
    public static implicit operator TaskName(string name) => new(name);

    public override string ToString() => Name;
}
