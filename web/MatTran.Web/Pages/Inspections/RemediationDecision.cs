namespace MatTran.Web.Pages.Inspections;

/// <summary>The team's answer to a reported remediation item: a comment, and for a rejection the new due date.</summary>
public sealed class RemediationDecision
{
    public string Comment { get; set; } = string.Empty;

    public DateOnly? NewDueDate { get; set; }
}
