using System.Security.Claims;
using MatTran.Api.Problems;
using MatTran.Api.UnitAccess;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MatTran.Api.Documents;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/documents/{id}", DownloadAsync).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// <c>GET /api/documents/{id}</c>: staff, or the inspected unit with a link (any purpose) for the document's
    /// inspection. The file comes with its content type, its name (<c>filename*</c> per RFC 5987 for Vietnamese
    /// names) and <c>ETag</c> = its SHA-256, so <c>If-None-Match</c> answers 304; the bytes are checked against that
    /// hash on the way out (a damaged blob fails with 500 rather than being served).
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, HttpRequest request, ClaimsPrincipal user, InspectionStore store, DocumentStore documents, UnitLinkSigner signer,
        CancellationToken cancellationToken)
    {
        UnitLinkClaims? claims = null;
        if (!user.IsSignedIn() && UnitLinkGate.Authenticate(request, signer, out claims) is { } unauthenticated)
        {
            return unauthenticated;
        }

        if (!InspectionDocumentIds.TryParse(id, out string? inspectionId, out _, out _) ||
            await store.GetDocumentAsync(id, cancellationToken) is not { } document)
        {
            return NotFound(id);
        }

        if (claims is not null)
        {
            if (await store.GetAsync(inspectionId, cancellationToken) is not { } inspection)
            {
                return NotFound(id);
            }

            if (UnitLinkGate.Authorize(claims, inspection.Summary.UnitId, inspectionId, purpose: null) is { } forbidden)
            {
                return forbidden;
            }
        }

        var content = await documents.DownloadAsync(document.BlobName, cancellationToken);
        return TypedResults.File(
            content.Content.ToArray(), document.ContentType, document.FileName,
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""));
    }

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound(ProblemCodes.DocumentNotFound, ApiTexts.DocumentNotFound(id));
}
