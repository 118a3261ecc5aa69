namespace MatTran.AzureStorage.Blobs;

/// <summary>What a blob SAS allows. The signed string lists them in the order the service requires ("racwdl").</summary>
[Flags]
public enum BlobSasPermissions
{
    Read = 1,
    Add = 2,
    Create = 4,
    Write = 8,
    Delete = 16,
    List = 32,
    All = Read | Add | Create | Write | Delete | List,
}
