using System.Globalization;
using System.Text;

namespace MatTran.Inspections.Email.Archive;

/// <summary>
/// RFC 2047 encoded words for header text outside ASCII (Vietnamese subjects and names). Each word carries at most
/// 39 UTF-8 bytes (64 characters encoded), so with "Subject: " in front a line stays within 78 characters; words are
/// folded one per line and never split a character.
/// </summary>
internal static class MimeHeaderEncoding
{
    private const int MaxBytesPerWord = 39;

    public static bool IsPlainAscii(string text) => text.All(c => c >= 0x20 && c <= 0x7E);

    /// <summary>The text as it may appear in an unstructured header (Subject), folded with CRLF SP between words.</summary>
    public static string Unstructured(string text) =>
        IsPlainAscii(text) && text.Length <= 900 ? text : string.Join("\r\n ", EncodedWords(text));

    /// <summary>A mailbox: "Display Name" &lt;address&gt;, the name quoted or encoded as needed.</summary>
    public static string Mailbox(EmailAddress address)
    {
        if (string.IsNullOrEmpty(address.DisplayName))
        {
            return "<" + address.Address + ">";
        }

        string name = IsPlainAscii(address.DisplayName)
            ? "\"" + address.DisplayName.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : string.Join("\r\n ", EncodedWords(address.DisplayName));
        return name + "\r\n <" + address.Address + ">";
    }

    public static IEnumerable<string> EncodedWords(string text)
    {
        var chunk = new StringBuilder();
        int chunkBytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            // Whole text elements (a letter with its combining marks, a surrogate pair) stay in one word.
            string element = elements.GetTextElement();
            int bytes = Encoding.UTF8.GetByteCount(element);
            if (chunkBytes + bytes > MaxBytesPerWord && chunk.Length > 0)
            {
                yield return Word(chunk.ToString());
                chunk.Clear();
                chunkBytes = 0;
            }

            chunk.Append(element);
            chunkBytes += bytes;
        }

        if (chunk.Length > 0)
        {
            yield return Word(chunk.ToString());
        }
    }

    private static string Word(string text) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";
}
