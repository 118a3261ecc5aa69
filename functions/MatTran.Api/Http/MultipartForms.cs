using MatTran.Api.Problems;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Http;

/// <summary>Reads <c>multipart/form-data</c> bodies, answering the HTTP-level failures as problem+json.</summary>
public static class MultipartForms
{
    /// <summary>The one form field a file may come in.</summary>
    public const string FileField = "file";

    public static bool IsMultipart(HttpRequest request) => request.HasFormContentType &&
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// The form, or 415 (not multipart), 413 (over the route's body limit), 400 (unreadable) or 422 for a form whose
    /// parts would otherwise be silently dropped or joined: more than one file (<c>upload.multipleFiles</c>), a file in
    /// another field than <see cref="FileField"/> (<c>upload.field.unexpected</c>), a text field sent twice
    /// (<c>form.field.repeated</c>). Every route that takes a form reads it here, so none can keep half of it.
    /// </summary>
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken = default)
    {
        if (!IsMultipart(request))
        {
            return (null, ApiProblems.WithCode(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, ApiTexts.MultipartRequired));
        }

        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var shape = CheckShape(form);
            return shape.IsValid ? (form, null) : (null, ValidationProblems.RuleViolation(shape));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.WithCode(StatusCodes.Status413PayloadTooLarge, ProblemCodes.BodyTooLarge, ApiTexts.BodyTooLarge(maxBodyBytes)));
        }
        catch (InvalidDataException e)
        {
            // Malformed multipart (bad boundary, truncated section) or a section over the form reader's own limits.
            return (null, TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest));
        }
        catch (IOException e)
        {
            return (null, TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest));
        }
    }

    private static ValidationResult CheckShape(IFormCollection form)
    {
        var result = new ValidationResultBuilder();
        if (form.Files.Count > 1)
        {
            result.Error(ValidationCodes.UploadMultipleFiles, FileField, UploadTexts.MultipleFiles);
        }

        foreach (var file in form.Files.Where(f => !string.Equals(f.Name, FileField, StringComparison.Ordinal)).DistinctBy(f => f.Name))
        {
            result.Error(ValidationCodes.UploadFieldUnexpected, file.Name, UploadTexts.FieldUnexpected(file.Name));
        }

        foreach (string field in form.Keys.Where(key => form[key].Count > 1))
        {
            result.Error(ValidationCodes.FormFieldRepeated, field, UploadTexts.FieldRepeated(field));
        }

        return result.Build();
    }
}
