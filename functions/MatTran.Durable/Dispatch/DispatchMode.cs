namespace MatTran.Durable;

/// <summary>Who drives the queues and the timer table.</summary>
public enum DispatchMode
{
    /// <summary>Background pollers in this process (local runs, tests, any always-on host).</summary>
    InProcess,

    /// <summary>No pollers: the Azure Functions host calls the worker's single-step entry points on queue and timer triggers.</summary>
    FunctionsHost,
}
