namespace MatTran.Api.Routing;

/// <summary>Who may call a route.</summary>
public enum ApiAccessKind
{
    /// <summary>Anyone: health probes, the unit page shell and its assets.</summary>
    Anonymous,

    /// <summary>Staff signed in with any role.</summary>
    SignedIn,

    /// <summary>Staff with one role (<see cref="ApiAccess.Role"/>) or Admin.</summary>
    Role,

    /// <summary>Signed-in staff, or the inspected unit with a link (any purpose) for the route's inspection: read routes.</summary>
    StaffOrUnitLink,

    /// <summary>Only the inspected unit, with any of its links for the route's inspection (the stage decides the rest).</summary>
    UnitLink,
}
