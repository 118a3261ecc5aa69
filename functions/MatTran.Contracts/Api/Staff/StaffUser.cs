namespace MatTran.Api.Staff;

/// <summary>One staff account and its app role, as the admin page lists them.</summary>
/// <param name="Source">Where the account lives: <c>demo</c> (Development/Test header) or <c>entra</c> (app role assignments).</param>
public sealed record StaffUser(string Name, string Role, string Source);
