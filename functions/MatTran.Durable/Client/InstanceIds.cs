namespace MatTran.Durable.Client;

/// <summary>Instance ids become partition keys and blob name prefixes, so they must avoid the characters those forbid.</summary>
internal static class InstanceIds
{
    public const int MaxLength = 200;

    public static void Validate(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        if (instanceId.Length > MaxLength || instanceId.Any(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c)))
        {
            throw new ArgumentException(
                $"An instance id is at most {MaxLength} characters without '/', '\\', '#', '?', '|' or control characters.",
                nameof(instanceId));
        }
    }
}
