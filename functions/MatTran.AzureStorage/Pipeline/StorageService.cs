namespace MatTran.AzureStorage.Pipeline;

/// <summary>Which storage service a pipeline talks to; decides the SharedKey canonical form and version.</summary>
internal enum StorageService
{
    Blob,
    Queue,
    Table,
}
