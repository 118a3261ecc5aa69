using MatTran.Api.Problems;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.ReadModel.Inspections;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MatTran.Api.Documents;

public static class DocumentsApi
{
    /// <summary>
    /// <c>GET /api/documents/{id}</c>: staff, or the inspected unit with a link (any purpose) for the document's
    /// inspection (checked by the access policy: the id names the inspection). The file comes with its content type,
    /// its name (<c>filename*</c> per RFC 5987 for Vietnamese names) and <c>ETag</c> = its SHA-256, so
    /// <c>If-None-Match</c> answers 304; the bytes are checked against that hash on the way out (a damaged blob fails
    /// with 500 rather than being served).
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, InspectionStore store, DocumentStore documents, CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(id, cancellationToken) is not { } document)
        {
            return ApiProblems.NotFound(ProblemCodes.DocumentNotFound, ApiTexts.DocumentNotFound(id));
        }

        var content = await documents.DownloadAsync(document.BlobName, cancellationToken);
        return TypedResults.File(
            content.Content.ToArray(), document.ContentType, document.FileName,
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""));
    }
}
