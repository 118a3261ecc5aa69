namespace MatTran.Api.Problems;

/// <summary>
/// A stable <c>code</c> on the problems the framework writes without one, in both hosts: a body that cannot be bound
/// (malformed JSON, a wrong type, a bad date, a number out of range) or a query value that does not bind is 400
/// <c>request.unreadable</c>, a body over the route's limit 413 <c>request.bodyTooLarge</c>, a content type the route
/// does not take 415 <c>request.unsupportedMediaType</c>. Problems that carry a code or validation codes keep theirs.
/// </summary>
public static class DefaultProblemCodes
{
    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code") || problem.Extensions.ContainsKey("codes"))
        {
            return;
        }

        string? code = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ProblemCodes.Unreadable,
            StatusCodes.Status413PayloadTooLarge => ProblemCodes.BodyTooLarge,
            StatusCodes.Status415UnsupportedMediaType => ProblemCodes.UnsupportedMediaType,
            _ => null,
        };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }
    }
}
