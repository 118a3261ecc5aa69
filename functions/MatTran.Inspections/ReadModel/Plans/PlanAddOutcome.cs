namespace MatTran.Inspections.ReadModel.Plans;

public enum PlanAddOutcome
{
    Added,

    /// <summary>The issuer already has a plan with this number in this year; nothing was written.</summary>
    NumberTaken,
}
