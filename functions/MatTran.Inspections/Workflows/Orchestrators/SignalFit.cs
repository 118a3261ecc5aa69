namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>How a signal relates to what a workflow waits for now.</summary>
internal enum SignalFit
{
    /// <summary>The current wait takes it.</summary>
    Now,

    /// <summary>
    /// Not now, but in the state the workflow moves to next. The API raised it because the read model already showed
    /// that state: the activity announcing it ran, but the signal overtook the message that moves the orchestration on
    /// (after a crash, a dead worker's fetched messages come back only after their visibility timeout).
    /// </summary>
    Next,

    /// <summary>Neither: recorded as ignored.</summary>
    Never,
}
