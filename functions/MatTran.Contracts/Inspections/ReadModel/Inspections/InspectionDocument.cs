using MatTran.Inspections.Documents.Storage;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>A stored document of an inspection, as listed on it and downloaded by id.</summary>
/// <param name="Id">See <see cref="InspectionDocumentIds"/>.</param>
/// <param name="BlobName">Path in the <c>documents</c> container.</param>
/// <param name="Number">Number and symbol of a generated official document (e.g. "12/QĐ-MTTQ-BTT").</param>
public sealed record InspectionDocument(
    string Id,
    string InspectionId,
    DocumentKind Kind,
    int Version,
    string FileName,
    string ContentType,
    long Length,
    string Sha256,
    string Uploader,
    DateTimeOffset StoredAt,
    string BlobName,
    string? Number);
