namespace MatTran.Durable;

/// <summary>
/// The orchestrator did not repeat, on replay, the operations its history records. The instance fails with this
/// error; it means the code changed under running instances (register the change as a new version instead).
/// </summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    public NonDeterministicOrchestrationException(string expected, string actual)
        : base($"Non-deterministic orchestration: history expects {expected} but the orchestrator produced {actual}. " +
            "Orchestrators must issue the same calls in the same order on every replay; deploy changed logic as a new version.")
    {
        Expected = expected;
        Actual = actual;
    }

    public string Expected { get; }

    public string Actual { get; }
}
