using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MatTran.Inspections.Telemetry;

/// <summary>
/// The app's own traces and metrics, one source and one meter named <see cref="Name"/> that both hosts export. Tags
/// carry ids only (inspection, plan, step, outcome): never names, email addresses or link tokens, which are personal
/// data or credentials. Metric and tag names are what docs/operations.md alerts on.
/// </summary>
public static class WorkflowTelemetry
{
    public const string Name = "MatTran.Workflows";

    public const string StepTag = "mattran.step";
    public const string InspectionIdTag = "mattran.inspection.id";
    public const string PlanIdTag = "mattran.plan.id";
    public const string OutcomeTag = "mattran.outcome";
    public const string TemplateTag = "mattran.email.template";

    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Workflow step (activity) executions by <see cref="StepTag"/> and <see cref="OutcomeTag"/>.</summary>
    public static readonly Counter<long> Steps = Meter.CreateCounter<long>("mattran.workflow.steps", description: "Workflow step executions");

    public static readonly Histogram<double> StepDuration = Meter.CreateHistogram<double>("mattran.workflow.step.duration", "s", "Workflow step duration");

    /// <summary>Emails handed to the mail server (<see cref="OutcomeTag"/> succeeded) or refused by it / unreachable (failed).</summary>
    public static readonly Counter<long> EmailSends = Meter.CreateCounter<long>("mattran.email.sends", description: "SMTP send attempts");

    /// <summary>Escalations (overdue self-report, findings, approval or remediation) by <see cref="TemplateTag"/>.</summary>
    public static readonly Counter<long> Escalations = Meter.CreateCounter<long>("mattran.workflow.escalations", description: "Escalations sent for overdue work");
}
