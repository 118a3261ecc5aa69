using Azure;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// The system properties every table entity has. Typed POCOs implement this; <see cref="TableEntity"/> is the property bag.
/// Mirrors Azure.Data.Tables.ITableEntity.
/// </summary>
public interface ITableEntity
{
    string PartitionKey { get; set; }

    string RowKey { get; set; }

    /// <summary>Set by the service on every write; ignored when sending.</summary>
    DateTimeOffset? Timestamp { get; set; }

    /// <summary>The entity version as read; pass it as <c>ifMatch</c> for optimistic concurrency.</summary>
    ETag ETag { get; set; }
}
