namespace MatTran.Web.Api;

/// <summary>What a call gave: the value, or the API's problem (never both).</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, int Status)
{
    public bool Ok => Problem is null;
}
