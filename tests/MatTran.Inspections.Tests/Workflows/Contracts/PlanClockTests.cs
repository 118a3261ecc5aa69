using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Contracts;

[TestClass]
public sealed class PlanClockTests
{
    private static readonly DateTime Launch = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    [TestMethod]
    public void Real_time_is_the_identity()
    {
        var clock = PlanClock.RealTime(Launch);
        var later = Launch.AddDays(200).AddTicks(1);

        Assert.AreEqual(later, clock.ToPlanTime(later));
        Assert.AreEqual(later, clock.ToRealTime(later));
        Assert.AreEqual(Launch.AddDays(-3), clock.ToPlanTime(Launch.AddDays(-3)));
        Assert.IsFalse(clock.IsRehearsal);
        Assert.AreEqual(86_400, clock.SecondsPerDay);
    }

    [TestMethod]
    public void A_rehearsal_starts_at_eight_in_the_morning_vietnam_time_at_the_launch()
    {
        var clock = PlanClock.Rehearsal(new DateOnly(2027, 6, 25), secondsPerDay: 1, Launch);

        Assert.AreEqual(new DateTime(2027, 6, 25, 1, 0, 0, DateTimeKind.Utc), clock.ToPlanTime(Launch));
        Assert.AreEqual(Launch, clock.RealStartUtc);
        Assert.IsTrue(clock.IsRehearsal);
    }

    [TestMethod]
    public void A_rehearsal_runs_a_plan_day_in_its_seconds_per_day()
    {
        var clock = PlanClock.Rehearsal(new DateOnly(2027, 6, 25), secondsPerDay: 2, Launch);

        Assert.AreEqual(new DateTime(2027, 6, 30, 1, 0, 0, DateTimeKind.Utc), clock.ToPlanTime(Launch.AddSeconds(10)));
        Assert.AreEqual(new DateTime(2027, 6, 25, 13, 0, 0, DateTimeKind.Utc), clock.ToPlanTime(Launch.AddSeconds(1)));
        Assert.AreEqual(Launch.AddSeconds(730), clock.ToRealTime(new DateTime(2028, 6, 24, 1, 0, 0, DateTimeKind.Utc)), "a year of 365 days in 730 s");
    }

    [TestMethod]
    public void Real_time_of_a_plan_time_is_its_inverse()
    {
        var clock = PlanClock.Rehearsal(new DateOnly(2027, 1, 4), secondsPerDay: 0.7, Launch);
        var planTime = new DateTime(2027, 9, 13, 1, 0, 0, DateTimeKind.Utc);

        var back = clock.ToPlanTime(clock.ToRealTime(planTime));

        Assert.IsTrue((back - planTime).Duration() < TimeSpan.FromMilliseconds(1), $"{back:O} vs {planTime:O}");
        Assert.AreEqual(Launch.AddSeconds(-0.7), clock.ToRealTime(new DateTime(2027, 1, 3, 1, 0, 0, DateTimeKind.Utc)), "before the start too");
    }

    [TestMethod]
    public void Times_without_a_kind_after_a_round_trip_count_as_utc()
    {
        var clock = PlanClock.Rehearsal(new DateOnly(2027, 6, 25), secondsPerDay: 1, Launch);
        var unspecified = DateTime.SpecifyKind(Launch.AddSeconds(3), DateTimeKind.Unspecified);

        Assert.AreEqual(new DateTime(2027, 6, 28, 1, 0, 0, DateTimeKind.Utc), clock.ToPlanTime(unspecified));
        Assert.AreEqual(DateTimeKind.Utc, clock.ToPlanTime(unspecified).Kind);
    }

    [TestMethod]
    public void The_shortest_plan_day_is_a_fifth_of_a_second()
    {
        Assert.AreEqual(0.2, PlanClock.MinimumSecondsPerDay);
        Assert.IsTrue(PlanClock.Rehearsal(new DateOnly(2027, 6, 25), 0.2, Launch).IsRehearsal);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => PlanClock.Rehearsal(new DateOnly(2027, 6, 25), 0.19, Launch));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new PlanClock(Launch, Launch, 0));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new PlanClock(Launch, Launch, double.NaN));
        Assert.IsFalse(PlanClock.IsValidSecondsPerDay(double.PositiveInfinity));
    }
}
