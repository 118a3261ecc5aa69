using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

[TestClass]
public sealed class ActivityRetryTests
{
    private static readonly DateTime Launch = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    [TestMethod]
    public void In_real_time_an_activity_is_tried_five_times_one_two_four_and_eight_minutes_apart()
    {
        var policy = ActivityRetry.For(PlanClock.RealTime(Launch)).Retry!.Policy!;

        Assert.AreEqual(5, policy.MaxNumberOfAttempts);
        Assert.AreEqual(TimeSpan.FromMinutes(1), policy.FirstRetryInterval);
        Assert.AreEqual(2, policy.BackoffCoefficient);
        Assert.AreEqual(TimeSpan.FromMinutes(30), policy.MaxRetryInterval);
    }

    [TestMethod]
    public void A_rehearsal_shortens_the_waits_as_it_shortens_the_days_but_not_below_a_second()
    {
        var fast = ActivityRetry.For(PlanClock.Rehearsal(new DateOnly(2027, 1, 4), secondsPerDay: 1, Launch)).Retry!.Policy!;
        var slow = ActivityRetry.For(PlanClock.Rehearsal(new DateOnly(2027, 1, 4), secondsPerDay: 8640, Launch)).Retry!.Policy!;

        Assert.AreEqual(TimeSpan.FromSeconds(1), fast.FirstRetryInterval);
        Assert.AreEqual(5, fast.MaxNumberOfAttempts);
        Assert.AreEqual(TimeSpan.FromSeconds(6), slow.FirstRetryInterval, "a tenth of the day, a tenth of the minute");
    }
}
