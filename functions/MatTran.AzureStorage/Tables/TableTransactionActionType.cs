namespace MatTran.AzureStorage.Tables;

/// <summary>The operation of one transaction action. Mirrors Azure.Data.Tables.TableTransactionActionType.</summary>
public enum TableTransactionActionType
{
    Add,
    Delete,
    UpdateMerge,
    UpdateReplace,
    UpsertMerge,
    UpsertReplace,
}
