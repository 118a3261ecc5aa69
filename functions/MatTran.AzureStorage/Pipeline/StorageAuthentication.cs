using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>How a client authenticates: exactly one of a shared key, a token credential or a SAS.</summary>
internal sealed class StorageAuthentication
{
    private StorageAuthentication(
        StorageSharedKeyCredential? sharedKey, TokenCredential? token, AzureSasCredential? sas, TimeProvider timeProvider)
    {
        SharedKey = sharedKey;
        Token = token;
        Sas = sas;
        TimeProvider = timeProvider;
    }

    public StorageSharedKeyCredential? SharedKey { get; }

    public TokenCredential? Token { get; }

    public AzureSasCredential? Sas { get; }

    public TimeProvider TimeProvider { get; }

    public static StorageAuthentication FromSharedKey(StorageSharedKeyCredential credential, TimeProvider? time = null) =>
        new(credential ?? throw new ArgumentNullException(nameof(credential)), null, null, time ?? TimeProvider.System);

    public static StorageAuthentication FromToken(TokenCredential credential, TimeProvider? time = null) =>
        new(null, credential ?? throw new ArgumentNullException(nameof(credential)), null, time ?? TimeProvider.System);

    public static StorageAuthentication FromSas(AzureSasCredential credential, TimeProvider? time = null) =>
        new(null, null, credential ?? throw new ArgumentNullException(nameof(credential)), time ?? TimeProvider.System);

    public static StorageAuthentication FromConnectionString(StorageConnectionString connection, TimeProvider? time = null) =>
        connection.Credential is { } key
            ? FromSharedKey(key, time)
            : FromSas(new AzureSasCredential(connection.SharedAccessSignature!), time);

    public HttpPipelinePolicy CreatePolicy(StorageService service) =>
        SharedKey is not null ? new SharedKeyPolicy(SharedKey, service)
        : Token is not null ? new BearerTokenAuthenticationPolicy(Token, StoragePipeline.StorageScope)
        : new SasQueryPolicy(Sas!);
}
