namespace MatTran.Inspections.Plans;

/// <summary>Life of an annual plan: drafted by the planner, approved by the standing board, launched, completed.</summary>
public enum PlanStatus
{
    Draft,
    Approved,
    Launched,
    Completed,
}
