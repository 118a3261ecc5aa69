using System.Globalization;
using System.Net;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Inspections;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Launching a test's plan as a rehearsal: plan time starts just before the moment the test needs and runs a plan day
/// in a few real seconds, so the test waits for real durable timers, not for a clock it moves.
/// </summary>
internal static class Rehearsals
{
    private static readonly InspectionTimeline Timeline = new(new WorkingDayCalendar(new WorkingDayCalendarOptions()), new InspectionSchedulePolicy());

    /// <summary>The notice day the workflow will compute for a visit (default schedule policy and calendar).</summary>
    public static DateOnly NoticeDay(DateOnly visit) => Timeline.ForVisit(visit).NoticeDate;

    public static object Body(DateOnly startsAt, double secondsPerDay) => new
    {
        rehearsal = new { startsAt = startsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), secondsPerDay },
    };

    /// <summary>Launches the plan (as the planner) on a rehearsal clock; 202 expected.</summary>
    public static async Task LaunchAsync(TestHost host, string planId, DateOnly startsAt, double secondsPerDay, CancellationToken cancellationToken)
    {
        using var response = await host.Client.SendAsync(
            ApiRequests.PostJson($"api/plans/{planId}/launch", Body(startsAt, secondsPerDay), "planner"), cancellationToken);
        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
