namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// A key returned by Get User Delegation Key: signs user delegation SAS URLs on behalf of an Entra ID principal,
/// so SAS links can be issued by a managed identity without the account key.
/// </summary>
public sealed class UserDelegationKey
{
    /// <summary>Entra object ID of the principal the key was issued to (<c>skoid</c>).</summary>
    public required string SignedObjectId { get; init; }

    /// <summary>Entra tenant ID (<c>sktid</c>).</summary>
    public required string SignedTenantId { get; init; }

    /// <summary>Key validity start (<c>skt</c>).</summary>
    public required DateTimeOffset SignedStartsOn { get; init; }

    /// <summary>Key validity end (<c>ske</c>).</summary>
    public required DateTimeOffset SignedExpiresOn { get; init; }

    /// <summary>The service the key is for, "b" for Blob (<c>sks</c>).</summary>
    public required string SignedService { get; init; }

    /// <summary>Service version that issued the key (<c>skv</c>).</summary>
    public required string SignedVersion { get; init; }

    /// <summary>The base64 key value; never sent on the wire, only used to sign.</summary>
    public required string Value { get; init; }
}
