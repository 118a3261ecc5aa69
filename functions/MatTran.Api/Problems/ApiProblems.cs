using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Problems;

/// <summary>Problem responses that carry one stable <c>code</c> besides the status, for clients to branch on.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string code, string detail) => WithCode(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string detail) => WithCode(StatusCodes.Status409Conflict, code, detail);

    public static ProblemHttpResult WithCode(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
