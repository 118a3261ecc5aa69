namespace MatTran.Durable.Replay;

/// <summary>What an orchestrator asked the runtime to do in an episode.</summary>
internal enum OrchestratorActionType
{
    CallActivity,
    CallSubOrchestrator,
    CreateTimer,
    SendEvent,
}
