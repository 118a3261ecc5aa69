namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Input of <see cref="SequenceOrchestrator"/>; each step's activity takes <paramref name="StepMilliseconds"/>.</summary>
public sealed record SequenceRequest(string Seed, int StepMilliseconds = 0);
