namespace MatTran.Inspections.Documents.Templates;

/// <summary>One team member as listed: "Đồng chí {Name}, {Position} - {role}".</summary>
public sealed record TeamMemberLine(string Name, string Position, TeamRole Role);
