using MatTran.Api.Routing;

namespace MatTran.LocalHost.Tests.AccessMatrix;

/// <summary>
/// Whether a caller passes a route's declared <see cref="ApiAccess"/> (docs/api.md § Who may call what): the
/// documented rule written out once more, independently of <c>ApiAccessPolicy</c>, which the matrix test checks.
/// </summary>
internal static class MatrixExpectation
{
    public static bool Passes(ApiAccess access, MatrixCaller caller) => access.Kind switch
    {
        ApiAccessKind.Anonymous => true,
        ApiAccessKind.SignedIn => IsStaff(caller),
        ApiAccessKind.Role => caller == MatrixCaller.Admin || caller.ToString() == access.Role,
        ApiAccessKind.StaffOrUnitLink => IsStaff(caller) || caller is MatrixCaller.UnitLink or MatrixCaller.UnitLinkOtherPurpose,
        // Any of the unit's links for the inspection: the purpose it was emailed for does not limit it (the stage does).
        ApiAccessKind.UnitLink => caller is MatrixCaller.UnitLink or MatrixCaller.UnitLinkOtherPurpose,
        _ => throw new InvalidOperationException($"No documented rule for {access.Kind}."),
    };

    private static bool IsStaff(MatrixCaller caller) =>
        caller is MatrixCaller.Planner or MatrixCaller.Inspector or MatrixCaller.Supervisor or MatrixCaller.Admin;
}
