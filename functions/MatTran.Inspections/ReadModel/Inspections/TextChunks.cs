namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// Splits long text over several string properties: the Table service caps a string property at 64 KiB (32K UTF-16
/// characters), and a draft report or conclusion can be longer than that. Parts stop short of the cap and never
/// split a surrogate pair, so each part is valid text on its own.
/// </summary>
internal static class TextChunks
{
    public const int MaxPartChars = 30_000;

    public static string?[] Split(string? text, int parts)
    {
        var result = new string?[parts];
        if (text is null)
        {
            return result;
        }

        int position = 0;
        for (int i = 0; i < parts && (position < text.Length || i == 0); i++)
        {
            int length = Math.Min(MaxPartChars, text.Length - position);
            if (length > 0 && position + length < text.Length && char.IsHighSurrogate(text[position + length - 1]))
            {
                length--;
            }

            result[i] = text.Substring(position, length);
            position += length;
        }

        return position < text.Length
            ? throw new InvalidOperationException($"Text of {text.Length} characters does not fit in {parts} table properties.")
            : result;
    }

    public static string? Join(params string?[] parts) => parts[0] is null ? null : string.Concat(parts);
}
