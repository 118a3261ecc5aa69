using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Uploads;

/// <summary>Result of checking an upload: when valid, the name to store and the detected type.</summary>
public sealed record UploadCheck(ValidationResult Validation, string SafeFileName, UploadFileType? FileType)
{
    public string? ContentType => FileType is { } type ? UploadFileTypes.ContentType(type) : null;
}
