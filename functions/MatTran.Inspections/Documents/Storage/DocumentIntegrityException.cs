namespace MatTran.Inspections.Documents.Storage;

/// <summary>A stored document's bytes no longer match the hash recorded at upload: it was altered or damaged.</summary>
public sealed class DocumentIntegrityException(string blobName, string expected, string actual)
    : IOException($"Document '{blobName}' has SHA-256 {actual} but {expected} was recorded when it was stored.")
{
    public string BlobName { get; } = blobName;
}
