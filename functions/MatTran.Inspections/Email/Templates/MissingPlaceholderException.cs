namespace MatTran.Inspections.Email.Templates;

/// <summary>A template needs values the caller did not give; thrown rather than sending "{{dueDate}}" to a unit.</summary>
public sealed class MissingPlaceholderException(IReadOnlyList<string> names)
    : InvalidOperationException("Email template values missing: " + string.Join(", ", names))
{
    public IReadOnlyList<string> Names { get; } = names;
}
