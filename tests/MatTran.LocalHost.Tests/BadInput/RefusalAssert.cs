using System.Text.Json;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// The one answer every refused bad input must get: the status, <c>application/problem+json</c>, the stable code
/// (<c>code</c>, or among <c>codes</c> of a validation problem), nothing stored and nothing personal in the log.
/// </summary>
internal static class RefusalAssert
{
    /// <summary>Sends the request and checks the refusal; returns the problem.</summary>
    public static async Task<JsonElement> RefusedAsync(
        BadInputHost bad, HttpRequestMessage request, int status, string code, CancellationToken cancellationToken, string? field = null)
    {
        string before = await StoredState.CaptureAsync(bad, cancellationToken);
        JsonElement problem;
        using (request)
        {
            using var response = await bad.Client.SendAsync(request, cancellationToken);
            problem = await response.ReadProblemAsync(status, cancellationToken);
        }

        var codes = Codes(problem, field);
        CollectionAssert.Contains(codes, code, $"codes {string.Join(", ", codes)} in {problem}");
        Assert.AreEqual(before, await StoredState.CaptureAsync(bad, cancellationToken), "a refused request stored something");
        bad.AssertLogHoldsNoSecrets();
        return problem;
    }

    /// <summary>The problem's <c>code</c> and every code of its <c>codes</c> (of one field when named).</summary>
    public static List<string> Codes(JsonElement problem, string? field = null)
    {
        var codes = new List<string>();
        if (problem.TryGetProperty("code", out var code))
        {
            codes.Add(code.GetString()!);
        }

        if (problem.TryGetProperty("codes", out var byField))
        {
            codes.AddRange(byField.EnumerateObject()
                .Where(p => field is null || p.Name == field)
                .SelectMany(p => p.Value.EnumerateArray().Select(c => c.GetString()!)));
        }

        return codes;
    }
}
