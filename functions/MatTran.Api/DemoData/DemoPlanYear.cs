using System.Globalization;
using MatTran.Api.Plans;
using MatTran.Inspections.Calendar;

namespace MatTran.Api.DemoData;

/// <summary>
/// Moves the sample plan (written for 2023) to the year a demo needs: next year, so every deadline still lies ahead
/// and the whole lifecycle can be played on the Development clock. Dates move by whole years; a visit that lands on
/// a weekend or holiday moves to the next working day.
/// </summary>
internal static class DemoPlanYear
{
    public static CreatePlanRequest ShiftTo(CreatePlanRequest plan, int year, WorkingDayCalendar calendar)
    {
        int years = year - plan.Year;
        if (years == 0)
        {
            return plan;
        }

        return plan with
        {
            Year = year,
            Title = plan.Title?.Replace(plan.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Inspections = [.. (plan.Inspections ?? []).Select(i => i with
            {
                VisitDate = i.VisitDate is { } visit ? NextWorkingDay(visit.AddYears(years), calendar) : null,
                CoveredPeriod = i.CoveredPeriod is { } period ? new CoveredPeriodRequest(period.From.AddYears(years), period.To.AddYears(years)) : null,
            })],
        };
    }

    private static DateOnly NextWorkingDay(DateOnly day, WorkingDayCalendar calendar)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
