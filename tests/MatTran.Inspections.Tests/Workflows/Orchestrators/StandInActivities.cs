using System.Collections.Concurrent;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.LocalHost.Engine;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// Stand-ins for the activities, registered under the real names with the real contracts: they record every call and
/// answer with schedules shaped like the real ones (calendar-day offsets instead of working days, timers at 08:00
/// Vietnam time), so these tests check the orchestrators' decisions. The real activities have their own tests. One
/// instance serves every test of a class; tests keep apart by their inspection ids.
/// </summary>
internal sealed class StandInActivities
{
    /// <summary>A follow-up visits this many days after it is decided.</summary>
    public const int FollowUpAfterDays = 15;

    private readonly Lock _gate = new();
    private readonly List<ActivityCall> _calls = [];
    private readonly ConcurrentDictionary<string, IReadOnlyList<InspectionInput>> _plans = new();
    private readonly ConcurrentDictionary<string, InspectionInput> _inspections = new();
    private readonly ConcurrentDictionary<string, Conclusion> _submitted = new();
    private readonly HashSet<(string Activity, string InspectionId)> _failOnce = [];
    private readonly HashSet<(string Activity, string InspectionId)> _failAlways = [];
    private readonly Dictionary<string, Func<WorkflowStep, object?>> _answers;

    public StandInActivities()
    {
        _answers = new(StringComparer.Ordinal)
        {
            [ActivityNames.StartPlan] = step => StartPlan((PlanStartRequest)step),
            // The real activity's pure half; only its storage write is left out.
            [ActivityNames.CompletePlan] = step => MatTran.Inspections.Workflows.Activities.CompletePlan.Summarise((PlanCompletion)step),
            [ActivityNames.ScheduleInspection] = step => ScheduleFor(_inspections[((InspectionStep)step).InspectionId].VisitDate),
            [ActivityNames.RescheduleInspection] = step => Reschedule((RescheduleStep)step),
            [ActivityNames.RecordFindings] = step => FeedbackWindow(DateOnly.FromDateTime(step.At)),
            [ActivityNames.SubmitConclusion] = step => Submit((SignalStep)step),
            [ActivityNames.IssueConclusion] = step => Issue((ApprovalStep)step),
            [ActivityNames.ScheduleRemediation] = step => RemediationWindow(((RemediationStep)step).Remediation.DueDate),
            [ActivityNames.RecordRemediation] = step => RecordRemediation((RemediationStep)step),
            [ActivityNames.CreateFollowUp] = step => CreateFollowUp((FollowUpStep)step),
        };
    }

    public static DueDay Day(DateOnly day) => new(day, day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc));

    /// <summary>Notice 14 days before the visit, self-report due 5 days before (reminders 7 and 5 days before, the latter the due day), escalation 4 days before, findings reminders 7 and 14 days after.</summary>
    public static InspectionSchedule ScheduleFor(DateOnly visit) => new(
        Notice: Day(visit.AddDays(-14)),
        SelfReportDue: Day(visit.AddDays(-5)),
        SelfReportReminders: [Day(visit.AddDays(-7)), Day(visit.AddDays(-5))],
        SelfReportEscalation: Day(visit.AddDays(-4)),
        Visit: Day(visit),
        FindingsReminders: [Day(visit.AddDays(7)), Day(visit.AddDays(14))]);

    /// <summary>Feedback due 7 days after the draft is sent, reminder the day before.</summary>
    public static WindowSchedule FeedbackWindow(DateOnly sent) => new(Day(sent.AddDays(7)), [Day(sent.AddDays(6))], Day(sent.AddDays(7)));

    /// <summary>Supervisor reminded 3 days after submission, planner told after 5.</summary>
    public static WindowSchedule ApprovalWindow(DateOnly submitted) => new(Day(submitted.AddDays(5)), [Day(submitted.AddDays(3))], Day(submitted.AddDays(5)));

    /// <summary>Reminders 10 and 2 days before and on the due day, escalation the day after.</summary>
    public static WindowSchedule RemediationWindow(DateOnly due) =>
        new(Day(due), [Day(due.AddDays(-10)), Day(due.AddDays(-2)), Day(due)], Day(due.AddDays(1)));

    /// <summary>
    /// Registers a stand-in under every activity name of <see cref="WorkflowCatalog"/>, typed as the real activity is
    /// (its <c>TaskActivity&lt;TInput, TOutput&gt;</c>), so payloads travel as they do in production.
    /// </summary>
    public static LocalTaskHubRegistry Register(LocalTaskHubRegistry registry)
    {
        foreach (var activity in WorkflowCatalog.Activities)
        {
            var contract = activity.Type.BaseType!;
            Assert.AreEqual(typeof(TaskActivity<,>), contract.GetGenericTypeDefinition(), activity.Name);
            registry.AddActivity(activity.Name, typeof(StandInActivity<,>).MakeGenericType(contract.GetGenericArguments()));
        }

        return registry;
    }

    /// <summary>What StartPlan answers for <paramref name="planId"/>.</summary>
    public void Plan(string planId, IReadOnlyList<InspectionInput> inspections) => _plans[planId] = inspections;

    public void Know(InspectionInput inspection) => _inspections[inspection.InspectionId] = inspection;

    /// <summary>The next call of <paramref name="activity"/> for <paramref name="inspectionId"/> is recorded and then fails, as when storage is briefly down.</summary>
    public void FailOnce(string activity, string inspectionId)
    {
        lock (_gate)
        {
            _failOnce.Add((activity, inspectionId));
        }
    }

    /// <summary>Every call of <paramref name="activity"/> for <paramref name="inspectionId"/> fails, as a bug would.</summary>
    public void FailAlways(string activity, string inspectionId)
    {
        lock (_gate)
        {
            _failAlways.Add((activity, inspectionId));
        }
    }

    public IReadOnlyList<ActivityCall> Calls(string inspectionId)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.InspectionId == inspectionId)];
        }
    }

    public IReadOnlyList<string> Names(string inspectionId) => [.. Calls(inspectionId).Select(c => c.Name)];

    public IReadOnlyList<T> Inputs<T>(string inspectionId, string activity) =>
        [.. Calls(inspectionId).Where(c => c.Name == activity).Select(c => (T)(object)c.Input)];

    public IReadOnlyList<string> ReminderKeys(string inspectionId) =>
        [.. Inputs<ReminderStep>(inspectionId, ActivityNames.SendReminder).Select(r => r.Key)];

    /// <summary>The <paramref name="count"/>-th call of <paramref name="activity"/> for the inspection that matches <paramref name="where"/>, once it has been made.</summary>
    public Task<ActivityCall> CalledAsync(
        string inspectionId, string activity, CancellationToken cancellationToken, int count = 1, Func<ActivityCall, bool>? where = null) =>
        Eventually.UntilAsync(
            () => Calls(inspectionId).Where(c => c.Name == activity && (where?.Invoke(c) ?? true)).Skip(count - 1).FirstOrDefault(),
            $"{activity} #{count} of {inspectionId}",
            cancellationToken);

    /// <summary>Called by <see cref="StandInActivity{TInput, TOutput}"/>: records the call, fails it when asked to, answers.</summary>
    public object? Run(string activity, WorkflowStep input)
    {
        string inspectionId = InspectionOf(input);
        lock (_gate)
        {
            _calls.Add(new ActivityCall(activity, inspectionId, input, DateTime.UtcNow));
            if (_failOnce.Remove((activity, inspectionId)) || _failAlways.Contains((activity, inspectionId)))
            {
                throw new InvalidOperationException($"{activity} failed (stand-in for a storage outage).");
            }
        }

        return _answers.TryGetValue(activity, out var answer) ? answer(input) : null;
    }

    /// <summary>The inspection a step is for (the plan, for the plan's own steps).</summary>
    private static string InspectionOf(WorkflowStep step) => step switch
    {
        InspectionStep s => s.InspectionId,
        SignalStep s => s.InspectionId,
        RescheduleStep s => s.InspectionId,
        ReminderStep s => s.InspectionId,
        ApprovalStep s => s.InspectionId,
        FollowUpStep s => s.InspectionId,
        RemediationStep s => s.Remediation.InspectionId,
        PlanStartRequest s => s.PlanId,
        PlanCompletion s => s.PlanId,
        _ => throw new ArgumentException($"Unknown step {step.GetType().Name}.", nameof(step)),
    };

    private List<InspectionInput> StartPlan(PlanStartRequest request)
    {
        var inputs = _plans[request.PlanId].Select(i => i with { Clock = request.Clock }).ToList();
        inputs.ForEach(Know);
        return inputs;
    }

    private InspectionSchedule Reschedule(RescheduleStep step)
    {
        _inspections.AddOrUpdate(step.InspectionId, _ => throw new InvalidOperationException("unknown inspection"), (_, i) => i with { VisitDate = step.VisitDate });
        return ScheduleFor(step.VisitDate);
    }

    private WindowSchedule Submit(SignalStep step)
    {
        _submitted[step.InspectionId] = step.Signal.Conclusion!;
        return ApprovalWindow(DateOnly.FromDateTime(step.At));
    }

    private IssuedConclusion Issue(ApprovalStep step)
    {
        var inspection = _inspections[step.InspectionId];
        var conclusion = _submitted[step.InspectionId];
        var remediations = conclusion.Recommendations.Select((r, i) => new RemediationInput(
            WorkflowInstanceIds.ForRemediation(inspection.InspectionId, i), inspection.InspectionId, inspection.PlanId,
            inspection.UnitId, i, r.Text, r.Responsible, r.DueDate, step.Clock)).ToList();
        return new IssuedConclusion(remediations, conclusion.FollowUp, conclusion.Rating);
    }

    private static RemediationRecorded RecordRemediation(RemediationStep step)
    {
        var due = step.Remediation.DueDate;
        return step.Signal?.Kind switch
        {
            null => new RemediationRecorded(RemediationStatus.Overdue, due),
            RemediationSignalKind.Report => new RemediationRecorded(RemediationStatus.Reported, due),
            RemediationSignalKind.Accept => new RemediationRecorded(RemediationStatus.Accepted, due),
            _ => new RemediationRecorded(RemediationStatus.Rejected, step.Signal.NewDueDate!.Value),
        };
    }

    private InspectionInput CreateFollowUp(FollowUpStep step)
    {
        var parent = _inspections[step.InspectionId];
        var followUp = new InspectionInput(
            WorkflowInstanceIds.ForFollowUp(parent.InspectionId), parent.PlanId, parent.UnitId, InspectionKind.FollowUp,
            DateOnly.FromDateTime(step.At).AddDays(FollowUpAfterDays), step.Clock, parent.InspectionId);
        Know(followUp);
        return followUp;
    }
}
