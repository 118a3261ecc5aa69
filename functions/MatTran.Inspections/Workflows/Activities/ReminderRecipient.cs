namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Who a reminder or escalation is for; staff roles are reached at the plan issuer's office mailbox.</summary>
public enum ReminderRecipient
{
    Unit,
    UnitHead,
    Planner,
    Supervisor,
    TeamLead,
}
