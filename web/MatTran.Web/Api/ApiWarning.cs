namespace MatTran.Web.Api;

/// <summary>Advice in a validation problem (<c>warnings</c>): not an error, shown next to its field.</summary>
public sealed record ApiWarning(string? Code, string? Field, string? Message);
