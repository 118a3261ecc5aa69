using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Uploads;

/// <summary>
/// Checks an upload by size, by extension and by its bytes. The HTTP layer calls <see cref="CheckSize"/> on the
/// declared length before buffering, then <see cref="Check"/> on the buffered content.
/// </summary>
public sealed class UploadValidator(UploadPolicy policy)
{
    private const string Field = "file";

    public ValidationResult CheckSize(long length)
    {
        var result = new ValidationResultBuilder();
        if (length <= 0)
        {
            result.Error(ValidationCodes.UploadEmpty, Field, UploadTexts.Empty);
        }
        else if (length > policy.MaxBytes)
        {
            result.Error(ValidationCodes.UploadTooLarge, Field, UploadTexts.TooLarge(policy.MaxBytes));
        }

        return result.Build();
    }

    public UploadCheck Check(string? fileName, ReadOnlyMemory<byte> content)
    {
        var result = new ValidationResultBuilder().Merge(CheckSize(content.Length));
        string safeName = FileNameSanitizer.Sanitize(fileName, policy.MaxFileNameLength);
        var type = UploadFileTypes.FromExtension(safeName);

        if (Path.GetFileNameWithoutExtension(safeName).Length == 0)
        {
            result.Error(ValidationCodes.UploadNameInvalid, Field, UploadTexts.NameInvalid);
        }
        else if (type is null || !policy.AllowedTypes.Contains(type.Value))
        {
            result.Error(ValidationCodes.UploadTypeNotAllowed, Field, UploadTexts.TypeNotAllowed(AllowedExtensions()));
        }
        else if (content.Length > 0 && !UploadFileTypes.ContentMatches(type.Value, content))
        {
            result.Error(ValidationCodes.UploadContentMismatch, Field, UploadTexts.ContentMismatch);
        }

        var validation = result.Build();
        return new UploadCheck(validation, safeName, validation.IsValid ? type : null);
    }

    private IEnumerable<string> AllowedExtensions() =>
        Enum.GetValues<UploadFileType>().Where(policy.AllowedTypes.Contains).Select(t => t == UploadFileType.Jpeg ? ".jpg" : "." + t.ToString().ToLowerInvariant());
}
