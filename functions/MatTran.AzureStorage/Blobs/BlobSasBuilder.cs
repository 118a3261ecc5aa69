using System.Security.Cryptography;
using System.Text;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// Builds a blob or container SAS: a service SAS signed with the account key, or a user delegation SAS signed with
/// a <see cref="UserDelegationKey"/>. The strings to sign follow "Create a service SAS" and "Create a user delegation
/// SAS" in the Azure Storage REST docs for signed version 2020-12-06 and later (which added the encryption scope line).
/// </summary>
public sealed class BlobSasBuilder
{
    public BlobSasBuilder()
    {
    }

    public BlobSasBuilder(BlobSasPermissions permissions, DateTimeOffset expiresOn)
    {
        SetPermissions(permissions);
        ExpiresOn = expiresOn;
    }

    public string BlobContainerName { get; set; } = string.Empty;

    /// <summary>The blob name; empty for a container SAS.</summary>
    public string BlobName { get; set; } = string.Empty;

    /// <summary>"b" for a blob, "c" for a container; derived from <see cref="BlobName"/> when not set.</summary>
    public string? Resource { get; set; }

    /// <summary>Optional start; <c>default</c> means valid immediately (and avoids clock-skew rejections).</summary>
    public DateTimeOffset StartsOn { get; set; }

    public DateTimeOffset ExpiresOn { get; set; }

    public string Permissions { get; private set; } = string.Empty;

    /// <summary>Overrides the Content-Disposition of the response (<c>rscd</c>), e.g. to download with the original file name.</summary>
    public string? ContentDisposition { get; set; }

    /// <summary>Overrides the Content-Type of the response (<c>rsct</c>).</summary>
    public string? ContentType { get; set; }

    /// <summary>The signed version (<c>sv</c>); decides the string-to-sign layout.</summary>
    public string Version { get; set; } = BlobClientOptions.DefaultServiceVersion;

    public void SetPermissions(BlobSasPermissions permissions)
    {
        var sb = new StringBuilder();
        if (permissions.HasFlag(BlobSasPermissions.Read)) { sb.Append('r'); }
        if (permissions.HasFlag(BlobSasPermissions.Add)) { sb.Append('a'); }
        if (permissions.HasFlag(BlobSasPermissions.Create)) { sb.Append('c'); }
        if (permissions.HasFlag(BlobSasPermissions.Write)) { sb.Append('w'); }
        if (permissions.HasFlag(BlobSasPermissions.Delete)) { sb.Append('d'); }
        if (permissions.HasFlag(BlobSasPermissions.List)) { sb.Append('l'); }
        Permissions = sb.ToString();
    }

    /// <summary>A service SAS signed with the account key.</summary>
    public BlobSasQueryParameters ToSasQueryParameters(StorageSharedKeyCredential sharedKeyCredential)
    {
        ArgumentNullException.ThrowIfNull(sharedKeyCredential);
        string signature = sharedKeyCredential.ComputeHmacSha256(ServiceSasStringToSign(sharedKeyCredential.AccountName));
        return new BlobSasQueryParameters(CommonParameters(signature, null), ExpiresOn, signature);
    }

    /// <summary>A user delegation SAS signed with a key from Get User Delegation Key.</summary>
    public BlobSasQueryParameters ToSasQueryParameters(UserDelegationKey userDelegationKey, string accountName)
    {
        ArgumentNullException.ThrowIfNull(userDelegationKey);
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        string stringToSign = UserDelegationStringToSign(userDelegationKey, accountName);
        string signature = Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(userDelegationKey.Value), Encoding.UTF8.GetBytes(stringToSign)));
        return new BlobSasQueryParameters(CommonParameters(signature, userDelegationKey), ExpiresOn, signature);
    }

    /// <summary>Service SAS string-to-sign, version 2020-12-06 and later (16 lines).</summary>
    internal string ServiceSasStringToSign(string accountName)
    {
        Validate();
        return string.Join('\n',
            Permissions,
            SasTime.FormatOptional(StartsOn),
            SasTime.Format(ExpiresOn),
            CanonicalizedResource(accountName),
            string.Empty, // signedIdentifier (stored access policy): not used
            string.Empty, // signedIP
            string.Empty, // signedProtocol
            Version,
            EffectiveResource,
            string.Empty, // signedSnapshotTime
            string.Empty, // signedEncryptionScope
            string.Empty, // rscc
            ContentDisposition ?? string.Empty,
            string.Empty, // rsce
            string.Empty, // rscl
            ContentType ?? string.Empty);
    }

    /// <summary>User delegation SAS string-to-sign, version 2020-12-06 up to (not including) 2025-07-05 (24 lines).</summary>
    internal string UserDelegationStringToSign(UserDelegationKey key, string accountName)
    {
        Validate();
        return string.Join('\n',
            Permissions,
            SasTime.FormatOptional(StartsOn),
            SasTime.Format(ExpiresOn),
            CanonicalizedResource(accountName),
            key.SignedObjectId,
            key.SignedTenantId,
            SasTime.Format(key.SignedStartsOn),
            SasTime.Format(key.SignedExpiresOn),
            key.SignedService,
            key.SignedVersion,
            string.Empty, // signedAuthorizedUserObjectId (saoid)
            string.Empty, // signedUnauthorizedUserObjectId (suoid)
            string.Empty, // signedCorrelationId (scid)
            string.Empty, // signedIP
            string.Empty, // signedProtocol
            Version,
            EffectiveResource,
            string.Empty, // signedSnapshotTime
            string.Empty, // signedEncryptionScope
            string.Empty, // rscc
            ContentDisposition ?? string.Empty,
            string.Empty, // rsce
            string.Empty, // rscl
            ContentType ?? string.Empty);
    }

    private string EffectiveResource => Resource ?? (string.IsNullOrEmpty(BlobName) ? "c" : "b");

    private string CanonicalizedResource(string accountName) =>
        EffectiveResource == "c"
            ? $"/blob/{accountName}/{BlobContainerName}"
            : $"/blob/{accountName}/{BlobContainerName}/{BlobName}";

    private void Validate()
    {
        if (string.IsNullOrEmpty(BlobContainerName))
        {
            throw new InvalidOperationException("BlobSasBuilder.BlobContainerName must be set.");
        }

        if (string.IsNullOrEmpty(Permissions) || ExpiresOn == default)
        {
            throw new InvalidOperationException("BlobSasBuilder needs permissions and an expiry time.");
        }

        if (string.Compare(Version, "2020-12-06", StringComparison.Ordinal) < 0 ||
            string.Compare(Version, "2025-07-05", StringComparison.Ordinal) >= 0)
        {
            // Other versions sign a different set of lines; signing them with this layout would yield 403s.
            throw new InvalidOperationException(
                $"SAS version {Version} is not supported; use a version from 2020-12-06 up to (not including) 2025-07-05.");
        }
    }

    private List<KeyValuePair<string, string>> CommonParameters(string signature, UserDelegationKey? key)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("sv", Version),
            new("st", SasTime.FormatOptional(StartsOn)),
            new("se", SasTime.Format(ExpiresOn)),
            new("sr", EffectiveResource),
            new("sp", Permissions),
        };
        if (key is not null)
        {
            parameters.Add(new("skoid", key.SignedObjectId));
            parameters.Add(new("sktid", key.SignedTenantId));
            parameters.Add(new("skt", SasTime.Format(key.SignedStartsOn)));
            parameters.Add(new("ske", SasTime.Format(key.SignedExpiresOn)));
            parameters.Add(new("sks", key.SignedService));
            parameters.Add(new("skv", key.SignedVersion));
        }

        parameters.Add(new("rscd", ContentDisposition ?? string.Empty));
        parameters.Add(new("rsct", ContentType ?? string.Empty));
        parameters.Add(new("sig", signature));
        return parameters;
    }
}
