namespace MatTran.Api.Staff;

/// <summary>Values of <see cref="StaffUser.Source"/>.</summary>
public static class StaffUserSources
{
    public const string Demo = "demo";
    public const string Entra = "entra";
}
