namespace MatTran.Inspections.Documents.Storage;

/// <summary>A downloaded document whose bytes matched the SHA-256 recorded when it was stored.</summary>
public sealed record DocumentContent(StoredDocument Document, BinaryData Content);
