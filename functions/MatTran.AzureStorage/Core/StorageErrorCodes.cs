namespace MatTran.AzureStorage;

/// <summary>Storage error codes the platform code reacts to (values as the service sends them).</summary>
public static class StorageErrorCodes
{
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string UpdateConditionNotSatisfied = "UpdateConditionNotSatisfied";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string TableNotFound = "TableNotFound";
    public const string TableAlreadyExists = "TableAlreadyExists";
    public const string ContainerAlreadyExists = "ContainerAlreadyExists";
    public const string ContainerNotFound = "ContainerNotFound";
    public const string BlobAlreadyExists = "BlobAlreadyExists";
    public const string BlobNotFound = "BlobNotFound";
    public const string ConditionNotMet = "ConditionNotMet";
    public const string QueueAlreadyExists = "QueueAlreadyExists";
    public const string QueueNotFound = "QueueNotFound";
    public const string MessageNotFound = "MessageNotFound";
    public const string PopReceiptMismatch = "PopReceiptMismatch";
    public const string AuthenticationFailed = "AuthenticationFailed";
}
