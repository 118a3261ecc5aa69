using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>Walks an inspection through the steps a test is not about.</summary>
internal static class InspectionDriver
{
    /// <summary>Notice day, the self-report, visit day: the inspection then awaits findings.</summary>
    public static async Task ReachVisitAsync(WorkflowHub hub, InspectionInput inspection, CancellationToken cancellationToken)
    {
        var schedule = StandInActivities.ScheduleFor(inspection.VisitDate);
        await hub.AdvanceToAsync(schedule.Notice.FiresAtUtc, cancellationToken);
        await hub.SignalAsync(inspection.InspectionId, Signals.SelfReport(inspection.UnitId), cancellationToken);
        await hub.AdvanceToAsync(schedule.Visit.FiresAtUtc, cancellationToken);
    }

    /// <summary>As <see cref="ReachVisitAsync"/>, then findings and the conclusion submitted: the inspection then awaits approval.</summary>
    public static async Task SubmitConclusionAsync(WorkflowHub hub, InspectionInput inspection, InspectionSignal conclusion, CancellationToken cancellationToken)
    {
        await ReachVisitAsync(hub, inspection, cancellationToken);
        await hub.SignalAsync(inspection.InspectionId, Signals.Findings(), cancellationToken);
        await hub.SignalAsync(inspection.InspectionId, conclusion, cancellationToken);
    }

    /// <summary>As <see cref="SubmitConclusionAsync"/>, then approved.</summary>
    public static async Task ConcludeAsync(WorkflowHub hub, InspectionInput inspection, InspectionSignal conclusion, CancellationToken cancellationToken)
    {
        await SubmitConclusionAsync(hub, inspection, conclusion, cancellationToken);
        await hub.SignalAsync(inspection.InspectionId, Signals.Approve(), cancellationToken);
    }
}
