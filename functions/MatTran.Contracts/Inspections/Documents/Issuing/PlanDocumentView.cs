using MatTran.Inspections.Documents.Storage;

namespace MatTran.Inspections.Documents.Issuing;

/// <summary>A document of the plan itself (annual plan, year-end report) as listed on the plan.</summary>
/// <param name="Id">"{kind}.v{version}", e.g. "annual-plan.v1"; downloaded at <c>/api/plans/{planId}/documents/{id}</c>.</param>
public sealed record PlanDocumentView(
    string Id, DocumentKind Kind, int Version, string FileName, string ContentType, long Length, string Sha256, string Number, DateTimeOffset StoredAt,
    string BlobName);
