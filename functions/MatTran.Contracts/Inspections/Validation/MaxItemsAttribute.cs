namespace MatTran.Inspections.Validation;

/// <summary>
/// The most items a list member of a request may hold (<c>list.tooMany</c>, or <see cref="Code"/> where a list has a
/// code of its own). <see cref="RequestTextValidator"/> refuses a request type with a list that has none: every list
/// multiplies what one request can make the read model store.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxItemsAttribute(int maxItems) : Attribute
{
    public int MaxItems { get; } = maxItems;

    public string Code { get; init; } = ValidationCodes.ListTooMany;
}
