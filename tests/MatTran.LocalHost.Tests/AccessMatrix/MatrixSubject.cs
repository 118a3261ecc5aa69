using MatTran.Api.Routing;

namespace MatTran.LocalHost.Tests.AccessMatrix;

/// <summary>What the matrix's requests name: a launched plan's inspection of one unit, and another unit's inspection.</summary>
internal sealed record MatrixSubject(string PlanId, string Unit, string Inspection, string OtherUnit, string OtherInspection)
{
    /// <summary>The value of a route parameter: an id the route's scope names the inspection by, or a plain value.</summary>
    public string Argument(string name, ApiLinkScope scope) => (name, scope) switch
    {
        (_, ApiLinkScope.Remediation) => Inspection + ".r1",
        (_, ApiLinkScope.Document) => Inspection + ".notice.v1",
        (_, ApiLinkScope.Inspection) => Inspection,
        ("inspectionId", _) => Inspection,
        ("*name", _) => "nothing.eml",
        ("year", _) => "2027",
        _ => PlanId,
    };
}
