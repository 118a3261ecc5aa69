using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>One call the orchestrations made to a stand-in activity: which, for which inspection, with what, and when it ran (real time).</summary>
internal sealed record ActivityCall(string Name, string InspectionId, WorkflowStep Input, DateTime RanAtUtc)
{
    /// <summary>The step's plan time.</summary>
    public DateTime At => Input.At;
}
