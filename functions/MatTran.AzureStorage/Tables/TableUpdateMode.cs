namespace MatTran.AzureStorage.Tables;

/// <summary>How an update treats properties the sent entity does not carry. Mirrors Azure.Data.Tables.TableUpdateMode.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep stored properties that the sent entity omits (HTTP MERGE).</summary>
    Merge,

    /// <summary>The sent entity becomes the whole stored entity (HTTP PUT).</summary>
    Replace,
}
