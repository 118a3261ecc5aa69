namespace MatTran.Inspections.Documents;

/// <summary>
/// One paragraph of a document body. <paramref name="Lead"/> is printed bold before the text,
/// e.g. "Điều 1." in a decision.
/// </summary>
public sealed record BodyParagraph(string Text, BodyParagraphStyle Style = BodyParagraphStyle.Normal, string? Lead = null)
{
    public static BodyParagraph Heading(string text) => new(text, BodyParagraphStyle.Heading);

    public static BodyParagraph Bullet(string text) => new(text, BodyParagraphStyle.Bullet);

    public static BodyParagraph Centered(string text) => new(text, BodyParagraphStyle.CenteredBold);
}
