using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Blobs;

/// <summary>
/// Options for the Blob clients (stands in for Azure.Storage.Blobs.BlobClientOptions): retries, transport,
/// diagnostics. Defaults come from <see cref="StoragePipeline.ApplyDefaults"/>.
/// </summary>
public sealed class BlobClientOptions : ClientOptions
{
    /// <summary>The REST service version every Blob request is sent and every SAS is signed with.</summary>
    public const string DefaultServiceVersion = "2021-12-02";

    public BlobClientOptions() => StoragePipeline.ApplyDefaults(this);
}
