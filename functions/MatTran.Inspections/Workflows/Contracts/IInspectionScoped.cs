namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>An activity input about one inspection: telemetry tags each step's span with its id.</summary>
public interface IInspectionScoped
{
    string InspectionId { get; }
}
