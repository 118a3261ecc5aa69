using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>Walks an inspection through the steps a test is not about, each request once the stage that takes it has come.</summary>
internal static class InspectionDriver
{
    /// <summary>Until the visit day has come (no self-report: its reminders go out meanwhile); the inspection then awaits findings.</summary>
    public static Task ReachVisitAsync(WorkflowEngine engine, InspectionInput inspection, CancellationToken cancellationToken) =>
        engine.Activities.CalledAsync(inspection.InspectionId, ActivityNames.StartVisit, cancellationToken);

    /// <summary>As <see cref="ReachVisitAsync"/>, then findings and the conclusion submitted: the inspection then awaits approval.</summary>
    public static async Task SubmitConclusionAsync(
        WorkflowEngine engine, InspectionInput inspection, InspectionSignal conclusion, CancellationToken cancellationToken, int round = 1)
    {
        string id = inspection.InspectionId;
        if (round == 1)
        {
            await ReachVisitAsync(engine, inspection, cancellationToken);
        }

        await engine.SignalAsync(id, Signals.Findings(), cancellationToken);
        await engine.Activities.CalledAsync(id, ActivityNames.RecordFindings, cancellationToken, count: round);
        await engine.SignalAsync(id, conclusion, cancellationToken);
        await engine.Activities.CalledAsync(id, ActivityNames.SubmitConclusion, cancellationToken, count: round);
    }

    /// <summary>As <see cref="SubmitConclusionAsync"/>, then approved: the conclusion is issued.</summary>
    public static async Task ConcludeAsync(WorkflowEngine engine, InspectionInput inspection, InspectionSignal conclusion, CancellationToken cancellationToken)
    {
        await SubmitConclusionAsync(engine, inspection, conclusion, cancellationToken);
        await engine.SignalAsync(inspection.InspectionId, Signals.Approve(), cancellationToken);
        await engine.Activities.CalledAsync(inspection.InspectionId, ActivityNames.IssueConclusion, cancellationToken);
    }
}
