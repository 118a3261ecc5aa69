using MatTran.Inspections.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Problems;

/// <summary>
/// The one place a <see cref="ValidationResult"/> becomes <c>application/problem+json</c>: <c>errors</c> holds the
/// user-facing (Vietnamese) messages by field, <c>codes</c> the stable codes by the same fields, <c>warnings</c> any
/// advice. 400 means the request could not be read (malformed CSV); 422 means it was read and breaks a domain rule.
/// </summary>
public static class ValidationProblems
{
    public const string Title = "Dữ liệu không hợp lệ.";

    public static ProblemHttpResult Malformed(ValidationResult result) => From(result, StatusCodes.Status400BadRequest);

    public static ProblemHttpResult RuleViolation(ValidationResult result) => From(result, StatusCodes.Status422UnprocessableEntity);

    public static ProblemHttpResult From(ValidationResult result, int status)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = new HttpValidationProblemDetails(result.ErrorsByField().ToDictionary(e => e.Key, e => e.Value))
        {
            Status = status,
            Title = Title,
        };
        problem.Extensions["codes"] = result.ErrorCodesByField();
        if (result.Warnings.Count > 0)
        {
            problem.Extensions["warnings"] = result.Warnings;
        }

        return TypedResults.Problem(problem);
    }
}
