namespace MatTran.AzureStorage.Tables;

/// <summary>A table as the service lists it. Mirrors Azure.Data.Tables.Models.TableItem.</summary>
public sealed class TableItem(string name)
{
    public string Name { get; } = name;
}
