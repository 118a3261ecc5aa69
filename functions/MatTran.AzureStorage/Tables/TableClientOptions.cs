using Azure.Core;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Tables;

/// <summary>Options for <see cref="TableServiceClient"/> and <see cref="TableClient"/>. Mirrors Azure.Data.Tables.TableClientOptions.</summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The Table service REST version this client speaks (the one Azure.Data.Tables 12.x sends).</summary>
    public const string ServiceVersion = "2019-02-02";

    public TableClientOptions()
    {
        StoragePipeline.ApplyDefaults(this);
    }
}
