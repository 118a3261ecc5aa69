using MatTran.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Http;

/// <summary>Reads <c>multipart/form-data</c> bodies, answering the HTTP-level failures as problem+json.</summary>
public static class MultipartForms
{
    public static bool IsMultipart(HttpRequest request) => request.HasFormContentType &&
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The form, or 415 (not multipart), 413 (over the route's body limit) or 400 (unreadable).</summary>
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken = default)
    {
        if (!IsMultipart(request))
        {
            return (null, ApiProblems.WithCode(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, ApiTexts.MultipartRequired));
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
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
}
