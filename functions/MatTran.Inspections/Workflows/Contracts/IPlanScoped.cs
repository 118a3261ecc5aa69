namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>An activity input about one annual plan: telemetry tags each step's span with its id.</summary>
public interface IPlanScoped
{
    string PlanId { get; }
}
