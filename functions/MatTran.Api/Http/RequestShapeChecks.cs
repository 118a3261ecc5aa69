using System.Text.RegularExpressions;
using MatTran.Api.Problems;
using MatTran.Api.Routing;
using Microsoft.Net.Http.Headers;

namespace MatTran.Api.Http;

/// <summary>
/// What every request must look like before its body's texts are looked at (docs/api.md § Bad input). Query
/// parameters carry ids, names of enum values, years, flags and addresses only, each sent once: a name that is not a
/// plain word (<c>$filter</c>) or a value with anything else (a quote, a space, <c>' or 1 eq 1</c>) is 400
/// <c>query.invalid</c>, a parameter sent twice 400 <c>query.repeated</c>. The values go into table queries through
/// the SDK's quoting anyway; refusing them says so to the caller instead of answering an empty list. The unit link
/// (<c>t</c>) is the access policy's to judge. A declared charset other than UTF-8 is 415: every body is read as UTF-8.
/// </summary>
public static partial class RequestShapeChecks
{
    public const int MaxQueryValueLength = 256;

    public static IResult? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, values) in request.Query)
        {
            if (!QueryName().IsMatch(name))
            {
                return Problem(StatusCodes.Status400BadRequest, ProblemCodes.QueryInvalid, ApiTexts.QueryInvalid(name));
            }

            if (values.Count > 1)
            {
                return Problem(StatusCodes.Status400BadRequest, ProblemCodes.QueryRepeated, ApiTexts.QueryRepeated(name));
            }

            if (name != ApiAccessPolicy.TokenParameter && !QueryValue().IsMatch(values.ToString()))
            {
                return Problem(StatusCodes.Status400BadRequest, ProblemCodes.QueryInvalid, ApiTexts.QueryInvalid(name));
            }
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) && contentType.Charset.HasValue &&
            !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) &&
            !contentType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, ApiTexts.CharsetNotUtf8);
        }

        return null;
    }

    private static IResult Problem(int status, string code, string detail) => ApiProblems.WithCode(status, code, detail);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,31}$")]
    private static partial Regex QueryName();

    [GeneratedRegex(@"^[A-Za-z0-9._@+:\-]{0,256}$")]
    private static partial Regex QueryValue();
}
