namespace MatTran.Inspections.Documents.Storage;

/// <summary>Blob metadata names on stored documents (lower case: the service folds metadata names anyway).</summary>
internal static class DocumentMetadataKeys
{
    public const string Kind = "kind";
    public const string Version = "version";
    public const string Uploader = "uploader";
    public const string Sha256 = "sha256";
    public const string ContentType = "contenttype";
    public const string FileName = "filename";

    /// <summary>On version claims: hash of the request's idempotency key.</summary>
    public const string RequestKey = "requestkey";
}
