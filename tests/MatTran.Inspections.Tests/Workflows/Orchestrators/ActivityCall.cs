namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>One call the orchestrations made to a stand-in activity: which, for which inspection, with what, when.</summary>
internal sealed record ActivityCall(string Name, string InspectionId, object Input, DateTime At);
