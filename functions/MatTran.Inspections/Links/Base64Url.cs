namespace MatTran.Inspections.Links;

/// <summary>RFC 4648 §5 base64url without padding, so a token can sit in a query string unescaped.</summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 == 1 || text.AsSpan().IndexOfAny("+/=") >= 0)
        {
            return false;
        }

        string padded = text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - text.Length % 4) % 4);
        var buffer = new byte[padded.Length * 3 / 4];
        if (!Convert.TryFromBase64String(padded, buffer, out int written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
