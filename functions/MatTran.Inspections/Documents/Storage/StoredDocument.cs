namespace MatTran.Inspections.Documents.Storage;

/// <summary>A stored version of a document, as its blob name and metadata describe it.</summary>
/// <param name="BlobName">Path in the <c>documents</c> container: <c>{planId}/{inspectionId}/{kind}/{version}-{fileName}</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record StoredDocument(
    string BlobName,
    string PlanId,
    string InspectionId,
    DocumentKind Kind,
    int Version,
    string FileName,
    string ContentType,
    string Sha256,
    string Uploader,
    long Length);
