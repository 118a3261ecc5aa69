namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>Custom status of <see cref="RoundTripOrchestrator{T}"/> while it waits for its event.</summary>
public sealed record RoundTripStatus<T>(string WaitingFor, T Input);
