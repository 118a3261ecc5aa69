namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>What <see cref="RoundTripOrchestrator{T}"/> saw: its input, the activity's answer, the event's payload.</summary>
public sealed record RoundTrip<T>(T Input, T FromActivity, T FromEvent);
