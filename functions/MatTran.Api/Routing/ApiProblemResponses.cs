namespace MatTran.Api.Routing;

/// <summary>
/// Empty error answers (a 400 from parameter binding, a 413 from the server, a 404 for an unknown name) become
/// problem+json, so every error of the API has the one shape docs/api.md promises — in both hosts.
/// </summary>
public static class ApiProblemResponses
{
    public static async Task WriteIfEmptyAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
        {
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context });
    }
}
