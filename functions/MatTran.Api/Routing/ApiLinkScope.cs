namespace MatTran.Api.Routing;

/// <summary>
/// What the route's <c>{id}</c> names, which is how a unit link's scope is checked: every one of these ids names its
/// inspection (<c>{inspectionId}</c>, <c>{inspectionId}.r{n}</c>, <c>{inspectionId}.{kind}.v{n}</c>).
/// </summary>
public enum ApiLinkScope
{
    None,
    Inspection,
    Remediation,
    Document,
}
