using MatTran.Api.Problems;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Http;

/// <summary>
/// Runs <see cref="UploadValidator"/> on a form file and picks the status: 413 for a file over the limit, 415 for a
/// type that is not allowed or bytes that are not what the extension claims, 422 for an empty file or a bad name. The
/// body is a validation problem in every case, so clients get the code (<c>upload.tooLarge</c> …) in <c>codes.file</c>.
/// </summary>
public static class UploadChecks
{
    public static async Task<(CheckedUpload? Upload, ProblemHttpResult? Problem)> CheckAsync(
        IFormFile? file, UploadValidator validator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var size = validator.CheckSize(file?.Length ?? 0);
        if (!size.IsValid)
        {
            return (null, ValidationProblems.From(size, StatusFor(size)));
        }

        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        var check = validator.Check(file.FileName, content);
        if (!check.Validation.IsValid || check.ContentType is null)
        {
            return (null, ValidationProblems.From(check.Validation, StatusFor(check.Validation)));
        }

        return (new CheckedUpload(check.SafeFileName, check.ContentType, BinaryData.FromBytes(content.ToArray())), null);
    }

    private static int StatusFor(ValidationResult result)
    {
        if (result.HasError(ValidationCodes.UploadTooLarge))
        {
            return StatusCodes.Status413PayloadTooLarge;
        }

        return result.HasError(ValidationCodes.UploadTypeNotAllowed) || result.HasError(ValidationCodes.UploadContentMismatch)
            ? StatusCodes.Status415UnsupportedMediaType
            : StatusCodes.Status422UnprocessableEntity;
    }
}
