using System.Security.Claims;
using MatTran.Api.Problems;
using MatTran.Inspections.Links;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.UnitAccess;

/// <summary>
/// Checks the signed link (<c>?t=</c>) an inspected unit uses instead of an account. The token is authenticated first
/// (401: missing, tampered, expired) before anything is looked up, so an anonymous caller learns nothing about which ids
/// exist; the scope (403: another unit's or inspection's link, or a link for another purpose) is checked once the
/// resource, and so its unit, is known.
/// </summary>
public static class UnitLinkGate
{
    public const string TokenParameter = "t";

    /// <summary>The actor recorded for a unit's requests, as the workflow contracts expect.</summary>
    public static string Actor(UnitLinkClaims claims) => "unit:" + claims.UnitId;

    public static string? Token(HttpRequest request) =>
        request.Query.TryGetValue(TokenParameter, out var values) && !string.IsNullOrEmpty(values.ToString()) ? values.ToString() : null;

    /// <summary>Null problem and the link's claims when the token is genuine and current.</summary>
    public static ProblemHttpResult? Authenticate(HttpRequest request, UnitLinkSigner signer, out UnitLinkClaims? claims)
    {
        claims = null;
        if (Token(request) is not { } token)
        {
            return Unauthorized(ProblemCodes.LinkRequired, ApiTexts.LinkRequired);
        }

        var validation = signer.Validate(token);
        if (validation.Failure == UnitLinkFailure.Expired)
        {
            return Unauthorized(ProblemCodes.LinkExpired, ApiTexts.LinkExpired);
        }

        if (!validation.IsValid)
        {
            return Unauthorized(ProblemCodes.LinkInvalid, ApiTexts.LinkInvalid);
        }

        claims = validation.Claims;
        return null;
    }

    /// <summary>
    /// For routes only the unit may call: signed-in staff without a link are refused with 403 (they are known, but the
    /// step belongs to the unit), anyone else without a valid link with 401.
    /// </summary>
    public static ProblemHttpResult? AuthenticateUnitOnly(HttpRequest request, ClaimsPrincipal user, UnitLinkSigner signer, out UnitLinkClaims? claims)
    {
        if (Token(request) is null && user.Identity?.IsAuthenticated == true)
        {
            claims = null;
            return ApiProblems.WithCode(StatusCodes.Status403Forbidden, ProblemCodes.StaffOnly, ApiTexts.StaffOnly);
        }

        return Authenticate(request, signer, out claims);
    }

    /// <summary>
    /// 403 unless the link is for exactly this unit, for this inspection when the link names one, and (when
    /// <paramref name="purpose"/> is given) for this purpose.
    /// </summary>
    public static ProblemHttpResult? Authorize(UnitLinkClaims claims, string unitId, string inspectionId, UnitLinkPurpose? purpose)
    {
        ArgumentNullException.ThrowIfNull(claims);
        bool sameUnit = string.Equals(claims.UnitId, unitId, StringComparison.Ordinal)
            && (claims.InspectionId is null || string.Equals(claims.InspectionId, inspectionId, StringComparison.Ordinal));
        if (!sameUnit)
        {
            return ApiProblems.WithCode(StatusCodes.Status403Forbidden, ProblemCodes.LinkOtherUnit, ApiTexts.LinkOtherUnit);
        }

        return purpose is { } required && claims.Purpose != required
            ? ApiProblems.WithCode(StatusCodes.Status403Forbidden, ProblemCodes.LinkWrongPurpose, ApiTexts.LinkWrongPurpose)
            : null;
    }

    private static ProblemHttpResult Unauthorized(string code, string detail) =>
        ApiProblems.WithCode(StatusCodes.Status401Unauthorized, code, detail);
}
