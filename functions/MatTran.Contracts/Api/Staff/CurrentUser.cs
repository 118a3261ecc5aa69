namespace MatTran.Api.Staff;

/// <summary><c>GET /api/me</c>: who the API takes the caller to be, so the web app shows the actions of their roles.</summary>
/// <param name="Name">The user name recorded as the actor of their requests.</param>
/// <param name="Roles">Planner, Inspector, Supervisor, Admin (as the API normalised them).</param>
/// <param name="DemoUsers">Whether this environment takes the Development/Test header <c>X-MatTran-User</c>.</param>
public sealed record CurrentUser(string Name, IReadOnlyList<string> Roles, bool DemoUsers);
