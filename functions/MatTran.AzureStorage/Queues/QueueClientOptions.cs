using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Queues;

/// <summary>
/// Options for the Queue clients (stands in for Azure.Storage.Queues.QueueClientOptions). Unlike the SDK, the default
/// <see cref="MessageEncoding"/> is Base64, because the Functions queue trigger (host.json default) expects it.
/// </summary>
public sealed class QueueClientOptions : ClientOptions
{
    /// <summary>The REST service version every Queue request is sent with.</summary>
    public const string DefaultServiceVersion = "2021-12-02";

    public QueueClientOptions() => StoragePipeline.ApplyDefaults(this);

    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;
}
