namespace MatTran.Inspections.Validation;

/// <summary>
/// The longest text a request member (or, on a list of strings, each of its items) may hold, counted as
/// <see cref="TextRules.StoredLength"/> counts; <see cref="SingleLine"/> refuses tabs and line breaks too (names, titles,
/// addresses, which end up in email headers and document headings). <see cref="RequestTextValidator"/> refuses a
/// request type with a text member that has none.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextLimitAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;

    public bool SingleLine { get; init; }
}
