using MatTran.Api.Maintenance;

namespace MatTran.Functions.Tests.Maintenance;

/// <summary>The nightly moment both hosts purge at: 19:00 UTC (02:00 in Vietnam), always strictly in the future.</summary>
[TestClass]
public sealed class HistoryPurgeScheduleTests
{
    [TestMethod]
    public void Before_the_moment_the_next_run_is_today()
    {
        Assert.AreEqual(
            new DateTimeOffset(2027, 3, 10, 19, 0, 0, TimeSpan.Zero),
            HistoryPurgeSchedule.NextRunAfter(new DateTimeOffset(2027, 3, 10, 8, 30, 0, TimeSpan.FromHours(7))));
    }

    [TestMethod]
    public void At_or_after_the_moment_the_next_run_is_tomorrow()
    {
        var moment = new DateTimeOffset(2027, 3, 10, 19, 0, 0, TimeSpan.Zero);
        Assert.AreEqual(moment.AddDays(1), HistoryPurgeSchedule.NextRunAfter(moment));
        Assert.AreEqual(moment.AddDays(1), HistoryPurgeSchedule.NextRunAfter(moment.AddHours(3)));
    }

    [TestMethod]
    public void The_cron_expression_names_the_same_time_of_day()
    {
        string[] fields = HistoryPurgeSchedule.Cron.Split(' ');
        CollectionAssert.AreEqual(new[] { "0", "0", "*", "*", "*" }, fields.Where((_, i) => i != 2).ToArray());
        Assert.AreEqual(HistoryPurgeSchedule.TimeOfDayUtc.Hours, int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
