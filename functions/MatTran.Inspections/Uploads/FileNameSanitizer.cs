using System.Globalization;
using System.Text;

namespace MatTran.Inspections.Uploads;

/// <summary>
/// Makes a user-supplied file name safe to store and show: keeps letters of any script (Vietnamese included,
/// normalised to NFC so "ệ" is one character), digits, spaces and <c>. - _ ( )</c>; drops any directory part,
/// control and format characters, and everything else; collapses runs of spaces; trims dots and spaces at the
/// ends (hidden files, Windows quirks); shortens the stem so the whole name fits the limit.
/// </summary>
public static class FileNameSanitizer
{
    public static string Sanitize(string? fileName, int maxLength = 120)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        if (string.IsNullOrEmpty(fileName))
        {
            return string.Empty;
        }

        string name = fileName.Normalize(NormalizationForm.FormC);
        int lastSeparator = name.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            name = name[(lastSeparator + 1)..];
        }

        var kept = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (IsKept(c))
            {
                bool isSpace = c == ' ' || char.IsWhiteSpace(c);
                if (isSpace && (kept.Length == 0 || kept[^1] == ' '))
                {
                    continue;
                }

                kept.Append(isSpace ? ' ' : c);
            }
        }

        string cleaned = kept.ToString().Trim(' ', '.');
        if (cleaned.Length <= maxLength)
        {
            return cleaned;
        }

        string extension = Path.GetExtension(cleaned);
        if (extension.Length >= maxLength / 2)
        {
            extension = string.Empty;
        }

        string stem = cleaned[..(cleaned.Length - extension.Length)];
        stem = stem[..(maxLength - extension.Length)].TrimEnd(' ', '.');
        return stem + extension;
    }

    private static bool IsKept(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        if (c is '.' or '-' or '_' or '(' or ')')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            // Tone marks left uncombined by NFC (rare) still belong to the letter before them.
            return true;
        }

        return char.IsWhiteSpace(c) && category != UnicodeCategory.Control;
    }
}
