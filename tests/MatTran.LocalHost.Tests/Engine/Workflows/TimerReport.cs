namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>When a timer was due and when (orchestration time) the orchestrator went on after it.</summary>
public sealed record TimerReport(DateTime FireAt, DateTime WokeAt);
