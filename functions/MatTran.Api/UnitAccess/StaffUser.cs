using System.Security.Claims;

namespace MatTran.Api.UnitAccess;

/// <summary>Who a signed-in staff member is, as recorded on what they do.</summary>
public static class StaffUser
{
    public static bool IsSignedIn(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? string.Empty;
}
