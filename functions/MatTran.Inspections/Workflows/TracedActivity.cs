using System.Diagnostics;
using MatTran.Inspections.Telemetry;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows;

/// <summary>
/// Runs an activity inside one span of <see cref="WorkflowTelemetry.Source"/> named as the step, tagged with the
/// inspection or plan it is about, and counts it. Both hosts wrap every activity in it (the local engine when it
/// creates one, the Functions app in each activity trigger), so a step is traced the same way wherever it runs. A
/// failure marks the span with the exception's type only: messages may quote user data.
/// </summary>
public sealed class TracedActivity(string name, ITaskActivity inner) : ITaskActivity
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        using var span = WorkflowTelemetry.Source.StartActivity(name, ActivityKind.Internal);
        span?.SetTag(WorkflowTelemetry.StepTag, name);
        if (input is IInspectionScoped inspection)
        {
            span?.SetTag(WorkflowTelemetry.InspectionIdTag, inspection.InspectionId);
        }

        if (input is IPlanScoped plan)
        {
            span?.SetTag(WorkflowTelemetry.PlanIdTag, plan.PlanId);
        }

        long started = Stopwatch.GetTimestamp();
        string outcome = WorkflowTelemetry.Failed;
        try
        {
            object? result = await inner.RunAsync(context, input);
            outcome = WorkflowTelemetry.Succeeded;
            return result;
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            span?.SetTag("error.type", e.GetType().FullName);
            throw;
        }
        finally
        {
            var tags = new TagList { { WorkflowTelemetry.StepTag, name }, { WorkflowTelemetry.OutcomeTag, outcome } };
            WorkflowTelemetry.Steps.Add(1, tags);
            WorkflowTelemetry.StepDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
