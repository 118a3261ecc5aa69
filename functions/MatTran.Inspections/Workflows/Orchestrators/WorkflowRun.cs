using System.Globalization;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Orchestrators;

/// <summary>
/// What every orchestration run keeps besides its story: plan time, step keys and how activities are called. Rebuilt
/// identically on every replay, since it depends only on the input, the history's times and the order of the calls.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Now"/> is the plan time of the happening the run is handling, not of the episode: a timer for plan time
/// T moves it to T, a signal or a finished sub-orchestration to the plan time at which the run saw it, and an activity
/// finishing does not move it. So the notice issued by the notice-day timer is dated that day at office hours even in
/// a rehearsal where a second of engine latency is a plan day, and the steps that follow in the same breath share it.
/// </para>
/// <para>
/// Step keys number the run's activity calls: "{instanceId}#{n}". A replay makes the same calls in the same order, so
/// the same keys; a retry reuses its call's input, so its key.
/// </para>
/// </remarks>
internal sealed class WorkflowRun
{
    private int _calls;

    public WorkflowRun(TaskOrchestrationContext context, PlanClock clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        Context = context;
        Clock = clock;
        Retry = ActivityRetry.For(clock);
        Now = clock.ToPlanTime(context.CurrentUtcDateTime);
    }

    public TaskOrchestrationContext Context { get; }

    public PlanClock Clock { get; }

    public TaskOptions Retry { get; }

    /// <summary>Plan time of the happening being handled; never goes back.</summary>
    public DateTime Now { get; private set; }

    /// <summary>The key of the next activity call.</summary>
    public string NextStepKey() =>
        string.Create(CultureInfo.InvariantCulture, $"{Context.InstanceId}#{++_calls}");

    /// <summary>Something outside the run happened (a signal, a sub-orchestration ended): plan time is what the engine says now.</summary>
    public void Observe() => Advance(Clock.ToPlanTime(Context.CurrentUtcDateTime));

    /// <summary>A timer for plan time <paramref name="planTime"/> fired.</summary>
    public void Reached(DateTime planTime) => Advance(planTime);

    /// <summary>A durable timer at the real instant plan time reaches <paramref name="planTime"/>.</summary>
    public Task TimerAsync(DateTime planTime, CancellationToken cancellationToken) =>
        Context.CreateTimer(Clock.ToRealTime(planTime), cancellationToken);

    public Task CallAsync(string activity, WorkflowStep input) => Context.CallActivityAsync(activity, input, Retry);

    public Task<T> CallAsync<T>(string activity, WorkflowStep input) => Context.CallActivityAsync<T>(activity, input, Retry);

    private void Advance(DateTime planTime)
    {
        if (planTime > Now)
        {
            Now = planTime;
        }
    }
}
