using System.Text.Encodings.Web;

namespace MatTran.Inspections.Validation;

/// <summary>
/// The one check every piece of text from outside (request bodies, form fields, CSV cells) passes at the edge, before
/// anything is stored or handed to a workflow: no character that XML (the .docx), MIME (email) or JSON storage cannot
/// carry faithfully, and no more than the field's limit.
/// </summary>
/// <remarks>
/// Refused: the C0 controls U+0000–U+001F except tab, CR and LF; DEL and the C1 controls U+007F–U+009F; a surrogate
/// without its pair; the noncharacters U+FFFE and U+FFFF. These are exactly what XML 1.0 forbids (and what no document
/// or email should carry) beyond the surrogates. Also refused: the bidirectional controls (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069), which make a name or an id show other than it is stored ("Trojan Source"), and the
/// invisible U+200B, U+2060 and U+FEFF, which make two equal-looking names differ. Zero-width (non-)joiners U+200C and
/// U+200D stay: emoji sequences and some scripts need them. Lengths are counted <see cref="StoredLength">as stored</see>.
/// Text is stored in Unicode normalisation form C (<see cref="Normalize"/>): a decomposed "Tiếng" becomes the composed
/// letters Vietnamese keyboards type, so equal names compare equal and count as they look.
/// </remarks>
public static class TextRules
{
    /// <summary>The position of the first character that may not be stored, or -1 when there is none.</summary>
    public static int FindForbidden(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The text in normalisation form C, as every text from outside is stored (JSON bodies, form fields, CSV cells).
    /// A text holding a forbidden character (a lone surrogate cannot be normalised) comes back unchanged for
    /// <see cref="Check"/> to refuse.
    /// </summary>
    public static string? Normalize(string? text) =>
        text is null || FindForbidden(text) >= 0 || text.IsNormalized(System.Text.NormalizationForm.FormC)
            ? text
            : text.Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>
    /// The length the text takes inside the JSON the read model stores (UTF-16 units, escapes included): the Table
    /// service caps a string property at 64 KiB, and JSON escapes quotes, line breaks and every character outside the
    /// Basic Multilingual Plane (an emoji takes 12). Counting this way, a limit guarantees the stored row fits.
    /// </summary>
    public static int StoredLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The same encoder the read model writes with (ReadModelJson); it hands back the text itself when nothing needs escaping.
        return JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(text).Length;
    }

    /// <summary>
    /// Adds <c>text.controlCharacter</c>, <c>text.lineBreak</c> (a single-line field with a tab, CR or LF) or
    /// <c>text.tooLong</c> for <paramref name="field"/>; true when the text passed. Null passes: "required" is the
    /// domain validators' business. <paramref name="decorate"/> shapes the message (a CSV's "Dòng n: …").
    /// </summary>
    public static bool Check(
        ValidationResultBuilder builder, string field, string? text, int maxLength, bool singleLine = false, Func<string, string>? decorate = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (text is null)
        {
            return true;
        }

        decorate ??= message => message;
        int forbidden = FindForbidden(text);
        if (forbidden >= 0)
        {
            builder.Error(ValidationCodes.TextControlCharacter, field, decorate(ValidationTexts.ControlCharacter(text[forbidden], forbidden + 1)));
            return false;
        }

        if (singleLine && text.AsSpan().IndexOfAny('\t', '\r', '\n') is int lineBreak and >= 0)
        {
            builder.Error(ValidationCodes.TextLineBreak, field, decorate(ValidationTexts.LineBreak(lineBreak + 1)));
            return false;
        }

        if (StoredLength(text) > maxLength)
        {
            builder.Error(ValidationCodes.TextTooLong, field, decorate(ValidationTexts.TooLong(maxLength)));
            return false;
        }

        return true;
    }

    /// <summary>For writers (documents, email) that must never be handed such text: throws naming what and where.</summary>
    public static string RequireStorable(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        int forbidden = FindForbidden(text);
        return forbidden < 0
            ? text
            : throw new ArgumentException(
                $"{what} contains U+{(int)text[forbidden]:X4} at position {forbidden + 1}, which a document or email cannot carry; " +
                "text must be checked at the edge (TextRules) before it reaches a writer.", what);
    }

    private static bool IsForbidden(char c) =>
        (c < '\u0020' && c is not ('\t' or '\r' or '\n'))
        || c is >= '\u007F' and <= '\u009F'
        || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF'
        || c is '\u061C' or '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
