using System.Text;

namespace MatTran.Inspections.ReadModel;

/// <summary>
/// Turns any text into a valid PartitionKey/RowKey: the Table service refuses '/', '\', '#', '?' and control
/// characters in keys, so every character outside <c>[A-Za-z0-9_.-]</c> becomes <c>~XX</c> (its UTF-8 bytes in hex).
/// Reversible, and plain unit ids ("huyen-a") stay readable in Storage Explorer.
/// </summary>
public static class TableKeyEncoder
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '_' or '.' or '-'))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            int length = rune.EncodeToUtf8(utf8);
            foreach (byte b in utf8[..length])
            {
                builder.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bytes = new List<byte>(key.Length);
        for (int i = 0; i < key.Length; i++)
        {
            if (key[i] == '~' && i + 2 < key.Length)
            {
                bytes.Add(Convert.ToByte(key.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)key[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
