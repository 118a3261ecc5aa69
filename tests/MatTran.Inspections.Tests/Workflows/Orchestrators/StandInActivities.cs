using System.Collections.Concurrent;
using MatTran.Durable;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>
/// Stand-ins for the activities, registered under the real names with the real contracts: they record every call and
/// answer with schedules shaped like the real ones (calendar-day offsets instead of working days, timers at 08:00
/// Vietnam time), so these tests check the orchestrators' decisions. The real activities have their own tests.
/// </summary>
internal sealed class StandInActivities
{
    private readonly Lock _gate = new();
    private readonly List<ActivityCall> _calls = [];
    private readonly ConcurrentDictionary<string, InspectionInput> _inspections = new();
    private readonly ConcurrentDictionary<string, Conclusion> _submitted = new();
    private readonly HashSet<string> _failOnce = [];
    private readonly HashSet<(string Activity, string InspectionId)> _failAlways = [];

    /// <summary>What StartPlan answers.</summary>
    public List<InspectionInput> Planned { get; } = [];

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

    /// <summary>The next call of <paramref name="activity"/> is recorded and then fails, as when storage is briefly down.</summary>
    public void FailOnce(string activity)
    {
        lock (_gate)
        {
            _failOnce.Add(activity);
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

    public void Know(InspectionInput inspection) => _inspections[inspection.InspectionId] = inspection;

    public IReadOnlyList<ActivityCall> Calls(string inspectionId)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.InspectionId == inspectionId)];
        }
    }

    public IReadOnlyList<string> Names(string inspectionId) => [.. Calls(inspectionId).Select(c => c.Name)];

    public IReadOnlyList<T> Inputs<T>(string inspectionId, string activity) =>
        [.. Calls(inspectionId).Where(c => c.Name == activity).Select(c => (T)c.Input)];

    public IReadOnlyList<string> ReminderKeys(string inspectionId) =>
        [.. Inputs<ReminderStep>(inspectionId, ActivityNames.SendReminder).Select(r => r.Key)];

    public void Register(DurableTaskOptions options)
    {
        options
            .AddActivityFunc<PlanStartRequest, IReadOnlyList<InspectionInput>>(ActivityNames.StartPlan, (_, request) =>
            {
                Record(ActivityNames.StartPlan, request.PlanId, request, request.At);
                Planned.ForEach(Know);
                return Task.FromResult<IReadOnlyList<InspectionInput>>(Planned);
            })
            .AddActivityFunc<PlanCompletion, PlanYearEndSummary>(ActivityNames.CompletePlan, (_, completion) =>
            {
                Record(ActivityNames.CompletePlan, completion.PlanId, completion, completion.At);
                // The real activity's pure half; only its storage write is left out.
                return Task.FromResult(MatTran.Inspections.Workflows.Activities.CompletePlan.Summarise(completion));
            })
            .AddActivityFunc<InspectionStep, InspectionSchedule>(ActivityNames.ScheduleInspection, (_, step) =>
            {
                Record(ActivityNames.ScheduleInspection, step.InspectionId, step, step.At);
                return Task.FromResult(ScheduleFor(_inspections[step.InspectionId].VisitDate));
            })
            .AddActivityFunc<RescheduleStep, InspectionSchedule>(ActivityNames.RescheduleInspection, (_, step) =>
            {
                Record(ActivityNames.RescheduleInspection, step.InspectionId, step, step.At);
                _inspections.AddOrUpdate(step.InspectionId, _ => throw new InvalidOperationException("unknown inspection"), (_, i) => i with { VisitDate = step.VisitDate });
                return Task.FromResult(ScheduleFor(step.VisitDate));
            })
            .AddActivityFunc<SignalStep, WindowSchedule>(ActivityNames.RecordFindings, (_, step) =>
            {
                Record(ActivityNames.RecordFindings, step.InspectionId, step, step.At);
                return Task.FromResult(FeedbackWindow(DateOnly.FromDateTime(step.At)));
            })
            .AddActivityFunc<SignalStep, WindowSchedule>(ActivityNames.SubmitConclusion, (_, step) =>
            {
                Record(ActivityNames.SubmitConclusion, step.InspectionId, step, step.At);
                _submitted[step.InspectionId] = step.Signal.Conclusion!;
                return Task.FromResult(ApprovalWindow(DateOnly.FromDateTime(step.At)));
            })
            .AddActivityFunc<SignalStep, IssuedConclusion>(ActivityNames.IssueConclusion, (_, step) =>
            {
                Record(ActivityNames.IssueConclusion, step.InspectionId, step, step.At);
                var inspection = _inspections[step.InspectionId];
                var conclusion = _submitted[step.InspectionId];
                var remediations = conclusion.Recommendations.Select((r, i) => new RemediationInput(
                    WorkflowInstanceIds.ForRemediation(inspection.InspectionId, i), inspection.InspectionId, inspection.PlanId,
                    inspection.UnitId, i, r.Text, r.Responsible, r.DueDate)).ToList();
                return Task.FromResult(new IssuedConclusion(remediations, conclusion.FollowUp, conclusion.Rating));
            })
            .AddActivityFunc<RemediationStep, WindowSchedule>(ActivityNames.ScheduleRemediation, (_, step) =>
            {
                Record(ActivityNames.ScheduleRemediation, step.Remediation.InspectionId, step, step.At);
                return Task.FromResult(RemediationWindow(step.Remediation.DueDate));
            })
            .AddActivityFunc<RemediationStep, RemediationRecorded>(ActivityNames.RecordRemediation, (_, step) =>
            {
                Record(ActivityNames.RecordRemediation, step.Remediation.InspectionId, step, step.At);
                var due = step.Remediation.DueDate;
                return Task.FromResult(step.Signal?.Kind switch
                {
                    null => new RemediationRecorded(RemediationStatus.Overdue, due),
                    RemediationSignalKind.Report => new RemediationRecorded(RemediationStatus.Reported, due),
                    RemediationSignalKind.Accept => new RemediationRecorded(RemediationStatus.Accepted, due),
                    _ => new RemediationRecorded(RemediationStatus.Rejected, step.Signal.NewDueDate!.Value),
                });
            })
            .AddActivityFunc<InspectionStep, InspectionInput>(ActivityNames.CreateFollowUp, (_, step) =>
            {
                Record(ActivityNames.CreateFollowUp, step.InspectionId, step, step.At);
                var parent = _inspections[step.InspectionId];
                var followUp = new InspectionInput(
                    WorkflowInstanceIds.ForFollowUp(parent.InspectionId), parent.PlanId, parent.UnitId, InspectionKind.FollowUp,
                    DateOnly.FromDateTime(step.At).AddDays(30), parent.InspectionId);
                Know(followUp);
                return Task.FromResult(followUp);
            });

        RegisterRecorded<InspectionStep>(options, ActivityNames.IssueNotice, s => (s.InspectionId, s.At));
        RegisterRecorded<InspectionStep>(options, ActivityNames.RequestSelfReport, s => (s.InspectionId, s.At));
        RegisterRecorded<InspectionStep>(options, ActivityNames.StartVisit, s => (s.InspectionId, s.At));
        RegisterRecorded<InspectionStep>(options, ActivityNames.StartRemediationStage, s => (s.InspectionId, s.At));
        RegisterRecorded<InspectionStep>(options, ActivityNames.CloseInspection, s => (s.InspectionId, s.At));
        RegisterRecorded<ReminderStep>(options, ActivityNames.SendReminder, s => (s.InspectionId, s.At));
        RegisterRecorded<SignalStep>(options, ActivityNames.RecordSelfReport, s => (s.InspectionId, s.At));
        RegisterRecorded<SignalStep>(options, ActivityNames.RecordFeedback, s => (s.InspectionId, s.At));
        RegisterRecorded<SignalStep>(options, ActivityNames.ReturnConclusion, s => (s.InspectionId, s.At));
        RegisterRecorded<SignalStep>(options, ActivityNames.CancelInspection, s => (s.InspectionId, s.At));
        RegisterRecorded<SignalStep>(options, ActivityNames.RecordIgnoredSignal, s => (s.InspectionId, s.At));
    }

    /// <summary>An activity that returns nothing: the call is all there is to see.</summary>
    private void RegisterRecorded<TInput>(DurableTaskOptions options, string name, Func<TInput, (string InspectionId, DateTime At)> key)
        where TInput : notnull =>
        options.AddActivityFunc<TInput, object?>(name, (_, input) =>
        {
            var (inspectionId, at) = key(input);
            Record(name, inspectionId, input, at);
            return Task.FromResult<object?>(null);
        });

    private void Record(string name, string inspectionId, object input, DateTime at)
    {
        lock (_gate)
        {
            _calls.Add(new ActivityCall(name, inspectionId, input, at));
            if (_failOnce.Remove(name) || _failAlways.Contains((name, inspectionId)))
            {
                throw new InvalidOperationException($"{name} failed (stand-in for a storage outage).");
            }
        }
    }
}
