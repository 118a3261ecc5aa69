namespace MatTran.Web.Session;

/// <summary>The app roles as the API names them (Admin satisfies every role).</summary>
public static class Roles
{
    public const string Planner = "Planner";
    public const string Inspector = "Inspector";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";
}
