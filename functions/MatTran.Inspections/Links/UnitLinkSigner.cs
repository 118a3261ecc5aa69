using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Links;

/// <summary>
/// Issues and checks the links emailed to inspected units: <c>base64url(payload) "." base64url(HMAC-SHA256(payload))</c>.
/// Units have no accounts, so the link itself is the credential; it is scoped to one unit and expires.
/// </summary>
public sealed class UnitLinkSigner
{
    /// <summary>HMAC-SHA256 keys shorter than the hash output weaken it (RFC 2104 §3).</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;
    private readonly byte[]? _previousKey;
    private readonly TimeSpan _defaultLifetime;
    private readonly TimeProvider _time;

    public UnitLinkSigner(IOptions<UnitLinkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = DecodeKey(options.Value.SigningKey, nameof(UnitLinkOptions.SigningKey));
        _previousKey = string.IsNullOrWhiteSpace(options.Value.PreviousSigningKey)
            ? null
            : DecodeKey(options.Value.PreviousSigningKey, nameof(UnitLinkOptions.PreviousSigningKey));
        _defaultLifetime = options.Value.DefaultLifetime;
        _time = time;
    }

    /// <summary>A link for <paramref name="unitId"/> valid from now for <paramref name="lifetime"/> (or the default).</summary>
    public string Issue(string unitId, string? inspectionId, UnitLinkPurpose purpose, TimeSpan? lifetime = null) =>
        Sign(new UnitLinkClaims(unitId, inspectionId, _time.GetUtcNow() + (lifetime ?? _defaultLifetime), purpose));

    public string Sign(UnitLinkClaims claims)
    {
        ArgumentException.ThrowIfNullOrEmpty(claims.UnitId);
        var payload = new UnitLinkPayload(
            claims.UnitId, claims.InspectionId, claims.ExpiresAt.ToUnixTimeSeconds(), claims.Purpose.ToString());
        byte[] payloadBytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        string encodedPayload = Base64Url.Encode(payloadBytes);
        return encodedPayload + "." + Base64Url.Encode(Mac(_key, encodedPayload));
    }

    /// <summary>
    /// Checks the signature first, so nothing from an unauthenticated payload is trusted, then expiry (an expired link
    /// keeps its claims, for a renewal).
    /// </summary>
    public UnitLinkValidation Validate(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return UnitLinkValidation.Failed(UnitLinkFailure.Malformed);
        }

        string[] parts = token.Split('.');
        if (parts.Length != 2 || !Base64Url.TryDecode(parts[0], out byte[] payloadBytes)
            || !Base64Url.TryDecode(parts[1], out byte[] mac))
        {
            return UnitLinkValidation.Failed(UnitLinkFailure.Malformed);
        }

        // Constant-time, so response timing does not reveal how many leading MAC bytes a forgery got right. The
        // previous key (after a rotation) is tried too: links emailed before the rotation keep working until they expire.
        bool genuine = CryptographicOperations.FixedTimeEquals(mac, Mac(_key, parts[0]))
            || (_previousKey is not null && CryptographicOperations.FixedTimeEquals(mac, Mac(_previousKey, parts[0])));
        if (!genuine)
        {
            return UnitLinkValidation.Failed(UnitLinkFailure.BadSignature);
        }

        if (!TryReadClaims(payloadBytes, out UnitLinkClaims? claims))
        {
            return UnitLinkValidation.Failed(UnitLinkFailure.Malformed);
        }

        return claims.ExpiresAt <= _time.GetUtcNow()
            ? UnitLinkValidation.Expired(claims)
            : UnitLinkValidation.Valid(claims);
    }

    private static byte[] Mac(byte[] key, string encodedPayload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(encodedPayload));

    private static bool TryReadClaims(byte[] payloadBytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UnitLinkClaims? claims)
    {
        claims = null;
        UnitLinkPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<UnitLinkPayload>(payloadBytes);
        }
        catch (JsonException)
        {
            return false;
        }

        if (payload is null || string.IsNullOrEmpty(payload.UnitId)
            || !Enum.TryParse(payload.Purpose, ignoreCase: false, out UnitLinkPurpose purpose)
            || !Enum.IsDefined(purpose))
        {
            return false;
        }

        claims = new UnitLinkClaims(
            payload.UnitId, payload.InspectionId, DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAtUnixSeconds), purpose);
        return true;
    }

    private static byte[] DecodeKey(string base64Key, string setting)
    {
        if (string.IsNullOrWhiteSpace(base64Key))
        {
            throw new InvalidOperationException(
                $"{UnitLinkOptions.SectionName}:{setting} is not configured.");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException(
                $"{UnitLinkOptions.SectionName}:{setting} must be base64.", e);
        }

        if (key.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"{UnitLinkOptions.SectionName}:{setting} must be at least {MinimumKeyBytes} bytes; it has {key.Length}.");
        }

        return key;
    }
}
