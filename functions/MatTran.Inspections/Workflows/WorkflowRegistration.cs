namespace MatTran.Inspections.Workflows;

/// <summary>One orchestrator or activity as a host registers it: its name and its class.</summary>
/// <param name="Type">A <c>TaskOrchestrator&lt;,&gt;</c> or <c>TaskActivity&lt;,&gt;</c>; activities are created with their services from DI.</param>
public sealed record WorkflowRegistration(string Name, Type Type);
