namespace MatTran.Inspections.Documents.Templates;

/// <summary>A member's role in the team as listed in the decision and the notice.</summary>
public enum TeamRole
{
    Lead,
    DeputyLead,
    Secretary,
    Member,
}
