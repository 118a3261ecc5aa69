using System.Globalization;
using MatTran.AzureStorage.Tables;

namespace MatTran.Durable.Storage;

/// <summary>
/// Stores a long text (a history chunk, an outbox, an inbox message) in one row: split over properties
/// <c>Name</c>, <c>Name_1</c>, … of at most 30,000 characters each (a string property holds 64 KiB of UTF-16), up to
/// 360,000 characters so that the row stays well under the 1 MiB entity limit and an episode's batch under 4 MiB;
/// longer text goes to a payload blob referenced from the row.
/// </summary>
internal static class ChunkedText
{
    public const int PieceChars = 30_000;
    public const int MaxPieces = 12;

    public static async Task WriteAsync(
        TableEntity row, string name, string text, PayloadStore payloads, string instanceId, CancellationToken cancellationToken)
    {
        if (text.Length > PieceChars * MaxPieces)
        {
            row[name] = await payloads.UploadAsync(text, instanceId, cancellationToken);
            return;
        }

        WriteInline(row, name, text);
    }

    /// <summary>Writes a text known to be short enough (e.g. a payload already shrunk to at most 45 KB).</summary>
    public static void WriteInline(TableEntity row, string name, string? text)
    {
        if (text is null)
        {
            return;
        }

        for (int offset = 0, piece = 0; offset < text.Length || piece == 0; offset += PieceChars, piece++)
        {
            var length = Math.Min(PieceChars, text.Length - offset);
            row[PieceName(name, piece)] = text.Substring(offset, length);
        }
    }

    public static async Task<string> ReadAsync(
        TableEntity row, string name, PayloadStore payloads, CancellationToken cancellationToken) =>
        (await payloads.ExpandAsync(ReadInline(row, name) ?? "", cancellationToken))!;

    /// <summary>The stored text as written (a blob reference stays a reference); null when the property is absent.</summary>
    public static string? ReadInline(TableEntity row, string name)
    {
        if (!row.TryGetValue(name, out var value) || value is not string first)
        {
            return null;
        }

        if (!row.ContainsKey(PieceName(name, 1)))
        {
            return first;
        }

        var text = new System.Text.StringBuilder(first);
        for (var piece = 1; row.TryGetValue(PieceName(name, piece), out var next) && next is string part; piece++)
        {
            text.Append(part);
        }

        return text.ToString();
    }

    private static string PieceName(string name, int piece) =>
        piece == 0 ? name : name + "_" + piece.ToString(CultureInfo.InvariantCulture);
}
