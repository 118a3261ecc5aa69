namespace MatTran.Api.Auth;

/// <summary>The app roles defined on the Entra ID app registration (and picked by the Development header).</summary>
public static class MatTranRoles
{
    public const string Planner = "Planner";
    public const string Inspector = "Inspector";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";
}
