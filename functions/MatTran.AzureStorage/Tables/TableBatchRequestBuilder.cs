using System.Text;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// Builds the body of an entity-group transaction: a <c>multipart/mixed</c> batch holding one changeset, each part an
/// <c>application/http</c> request with an absolute URL (REST docs, "Performing entity group transactions").
/// </summary>
internal static class TableBatchRequestBuilder
{
    private const string Crlf = "\r\n";

    /// <summary>The body bytes and the Content-Type header (with the batch boundary) to send to <c>$batch</c>.</summary>
    public static (byte[] Body, string ContentType) Build(IReadOnlyList<TableEntityOperation> operations)
    {
        string batch = "batch_" + Guid.NewGuid().ToString("D");
        string changeset = "changeset_" + Guid.NewGuid().ToString("D");
        var body = new StringBuilder();
        body.Append("--").Append(batch).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append(Crlf)
            .Append(Crlf);
        for (int i = 0; i < operations.Count; i++)
        {
            AppendOperation(body, changeset, operations[i], i);
        }

        body.Append("--").Append(changeset).Append("--").Append(Crlf)
            .Append("--").Append(batch).Append("--").Append(Crlf);
        return (Encoding.UTF8.GetBytes(body.ToString()), "multipart/mixed; boundary=" + batch);
    }

    private static void AppendOperation(StringBuilder body, string changeset, TableEntityOperation operation, int index)
    {
        body.Append("--").Append(changeset).Append(Crlf)
            .Append("Content-Type: application/http").Append(Crlf)
            .Append("Content-Transfer-Encoding: binary").Append(Crlf)
            .Append(Crlf)
            .Append(operation.Method.Method).Append(' ').Append(operation.Uri.AbsoluteUri).Append(" HTTP/1.1").Append(Crlf)
            .Append("Content-ID: ").Append(index).Append(Crlf)
            .Append("Accept: ").Append(TableConnection.Accept).Append(Crlf)
            .Append("DataServiceVersion: 3.0").Append(Crlf);
        if (operation.IfMatch is { } etag)
        {
            body.Append("If-Match: ").Append(etag.ToString("H")).Append(Crlf);
        }

        if (operation.PreferNoContent)
        {
            body.Append("Prefer: return-no-content").Append(Crlf);
        }

        if (operation.Body is { } json)
        {
            body.Append("Content-Type: ").Append(TableConnection.JsonContentType).Append(Crlf)
                .Append(Crlf)
                .Append(Encoding.UTF8.GetString(json)).Append(Crlf);
        }
        else
        {
            body.Append(Crlf);
        }
    }
}
