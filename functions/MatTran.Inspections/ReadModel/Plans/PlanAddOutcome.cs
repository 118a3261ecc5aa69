namespace MatTran.Inspections.ReadModel.Plans;

public enum PlanAddOutcome
{
    Added,

    /// <summary>
    /// The issuer already has a plan with this number in this year; nothing of the new plan is visible (rows it wrote
    /// before the number was found taken are deleted).
    /// </summary>
    NumberTaken,
}
