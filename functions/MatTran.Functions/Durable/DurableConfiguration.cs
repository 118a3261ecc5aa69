namespace MatTran.Functions.Durable;

/// <summary>Configuration keys of the durable runtime in the host.</summary>
public static class DurableConfiguration
{
    /// <summary>Task hub name (default <c>MatTran</c>); it prefixes the tables, queues and container, and must match function.json's queue names.</summary>
    public const string TaskHubNameKey = "Durable:TaskHubName";

    /// <summary><c>InProcess</c> (pollers in this process) or <c>FunctionsHost</c> (queue/timer triggers call the endpoints).</summary>
    public const string DispatchKey = "Durable:Dispatch";

    /// <summary>Development/Test only: business time runs on a clock moved by <c>POST /api/dev/clock/advance</c>.</summary>
    public const string VirtualClockKey = "Durable:VirtualClock";

    /// <summary>Where the virtual clock starts (ISO 8601); the real time when unset. Tests pin it so their dates never go stale.</summary>
    public const string VirtualClockStartKey = "Durable:VirtualClockStart";

    public const string DefaultTaskHubName = "MatTran";
}
