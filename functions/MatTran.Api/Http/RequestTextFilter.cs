using MatTran.Api.Problems;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Http;

/// <summary>
/// The edge check of every JSON body, in both hosts: after the body is bound (so unreadable JSON stays 400) and before
/// the handler runs, each <see cref="IRequestBody"/> argument is walked by <see cref="RequestTextValidator"/>; a
/// control character, a text over its limit or a list with too many items answers 422 with the field's JSON path and
/// code (<c>text.controlCharacter</c>, <c>text.lineBreak</c>, <c>text.tooLong</c>, <c>list.tooMany</c>), and nothing
/// of the request reaches a store or a workflow. Before the body, the request's shape (<see cref="RequestShapeChecks"/>):
/// its query parameters (400 <c>query.invalid</c> / <c>query.repeated</c>) and its charset (415 unless UTF-8).
/// </summary>
public sealed class RequestTextFilter : IEndpointFilter
{
    public static RequestTextFilter Instance { get; } = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (RequestShapeChecks.Check(context.HttpContext.Request) is { } refused)
        {
            return refused;
        }

        foreach (var body in context.Arguments.OfType<IRequestBody>())
        {
            var result = RequestTextValidator.Validate(body);
            if (!result.IsValid)
            {
                return ValidationProblems.RuleViolation(result);
            }
        }

        return await next(context);
    }
}
