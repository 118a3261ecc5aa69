namespace MatTran.Inspections.ReadModel;

/// <summary>What the Table service allows in one entity-group transaction (Azure.Data.Tables has no constant for it).</summary>
public static class TableTransactionLimits
{
    /// <summary>At most 100 actions, all in one partition, each row key once.</summary>
    public const int MaxActions = 100;
}
