namespace MatTran.AzureStorage.Tests.Tables;

/// <summary>An enum property, stored by name.</summary>
public enum InspectionKind
{
    Inspection,
    Supervision,
    FollowUp,
}
