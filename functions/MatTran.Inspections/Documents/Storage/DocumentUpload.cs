namespace MatTran.Inspections.Documents.Storage;

/// <summary>
/// A file to store as the next version of its kind for one inspection. Size and type are checked before this point
/// (Uploads/UploadValidator); the store sanitises the name and computes the hash itself.
/// </summary>
public sealed record DocumentUpload
{
    public required string PlanId { get; init; }

    public required string InspectionId { get; init; }

    public required DocumentKind Kind { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required BinaryData Content { get; init; }

    /// <summary>Who uploaded or generated it: a user name, a unit id, or "system".</summary>
    public required string Uploader { get; init; }

    /// <summary>
    /// Set by workflow activities: a redelivered activity with the same key gets the version it already stored
    /// instead of adding another. Null for interactive uploads, where each upload is a new version.
    /// </summary>
    public string? IdempotencyKey { get; init; }
}
