namespace MatTran.Inspections.Calendar;

/// <summary>
/// Vietnamese working days: Monday–Friday, minus the public holidays of Labour Code 2019 art. 112(1)
/// (solar and lunar), minus compensatory days for holidays on a weekend (art. 111(3)), minus announced
/// extra days off, plus declared make-up working days. All days of the configured year range are
/// computed once in the constructor; the instance is immutable and thread-safe.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly int firstYear;
    private readonly int lastYear;
    private readonly Dictionary<DateOnly, Holiday> daysOff = [];
    private readonly HashSet<DateOnly> makeUpWorkingDays;

    public WorkingDayCalendar(WorkingDayCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstYear > options.LastYear)
        {
            throw new ArgumentException($"FirstYear {options.FirstYear} is after LastYear {options.LastYear}.", nameof(options));
        }

        // The lunar algorithm is tuned for 1800–2199; past that new-moon times drift.
        if (options.FirstYear < 1801 || options.LastYear > 2199)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The calendar supports years 1801–2199.");
        }

        firstYear = options.FirstYear;
        lastYear = options.LastYear;
        makeUpWorkingDays = [.. options.MakeUpWorkingDays];

        var publicHolidays = new List<Holiday>();
        for (int year = firstYear; year <= lastYear; year++)
        {
            publicHolidays.AddRange(PublicHolidays(year, options));
        }

        foreach (var holiday in publicHolidays)
        {
            daysOff.TryAdd(holiday.Date, holiday);
        }

        foreach (var announced in options.ExtraDaysOff)
        {
            if (makeUpWorkingDays.Contains(announced.Date))
            {
                throw new ArgumentException($"{announced.Date:dd/MM/yyyy} is both an extra day off and a make-up working day.", nameof(options));
            }

            daysOff.TryAdd(announced.Date, new Holiday(announced.Date, announced.Name ?? CalendarTexts.AnnouncedDayOff, HolidayKind.Announced));
        }

        foreach (var makeUp in makeUpWorkingDays)
        {
            if (daysOff.TryGetValue(makeUp, out var clash) && clash.Kind == HolidayKind.Public)
            {
                throw new ArgumentException($"{makeUp:dd/MM/yyyy} is declared a make-up working day but is {clash.Name}.", nameof(options));
            }
        }

        if (options.CompensateWeekendHolidays)
        {
            AddCompensatoryDays(publicHolidays);
        }
    }

    /// <summary>First year this calendar answers for.</summary>
    public int FirstYear => firstYear;

    /// <summary>Last year this calendar answers for.</summary>
    public int LastYear => lastYear;

    /// <summary>True for a day on which offices work.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the configured year range.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureInRange(date);
        if (makeUpWorkingDays.Contains(date))
        {
            return true;
        }

        return !IsWeekend(date) && !daysOff.ContainsKey(date);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (before it when negative).
    /// Zero returns <paramref name="date"/> itself, working day or not. "3 working days before the visit on
    /// Monday 19/6/2023" is <c>AddWorkingDays(visit, -3)</c> = Wednesday 14/6/2023.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        EnsureInRange(date);
        int step = Math.Sign(workingDays);
        int remaining = Math.Abs(workingDays);
        var current = date;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier. For a working day <c>to</c>, <c>AddWorkingDays(from, WorkingDaysBetween(from, to)) == to</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureInRange(from);
        EnsureInRange(to);
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        int count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>Named days off of a year (public holidays, compensatory days, announced days), in date order. Weekends are not listed.</summary>
    public IReadOnlyList<Holiday> Holidays(int year)
    {
        if (year < firstYear || year > lastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The calendar covers {firstYear}–{lastYear}.");
        }

        return [.. daysOff.Values.Where(h => h.Date.Year == year).OrderBy(h => h.Date)];
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private void EnsureInRange(DateOnly date)
    {
        if (date.Year < firstYear || date.Year > lastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The calendar covers {firstYear}–{lastYear}.");
        }
    }

    private static IEnumerable<Holiday> PublicHolidays(int year, WorkingDayCalendarOptions options)
    {
        yield return new Holiday(new DateOnly(year, 1, 1), CalendarTexts.NewYearsDay, HolidayKind.Public);

        // Tết: the last day of the old lunar year (30 or 29 tháng Chạp) through mùng 5.
        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        yield return new Holiday(tet.AddDays(-1), CalendarTexts.LunarNewYearsEve, HolidayKind.Public);
        for (int day = 1; day <= 5; day++)
        {
            yield return new Holiday(tet.AddDays(day - 1), CalendarTexts.LunarNewYearDay(day), HolidayKind.Public);
        }

        var hungKings = VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10));
        yield return new Holiday(hungKings, CalendarTexts.HungKingsCommemoration, HolidayKind.Public);

        yield return new Holiday(new DateOnly(year, 4, 30), CalendarTexts.ReunificationDay, HolidayKind.Public);
        yield return new Holiday(new DateOnly(year, 5, 1), CalendarTexts.LabourDay, HolidayKind.Public);

        var adjacent = options.NationalDayAdjacentDayByYear.TryGetValue(year, out var chosen) ? chosen : options.NationalDayAdjacentDay;
        var companion = adjacent == NationalDayAdjacentDay.Before ? new DateOnly(year, 9, 1) : new DateOnly(year, 9, 3);
        var nationalDays = new[] { new DateOnly(year, 9, 2), companion }.Order();
        foreach (var day in nationalDays)
        {
            yield return new Holiday(day, CalendarTexts.NationalDay, HolidayKind.Public);
        }
    }

    /// <summary>
    /// Each public holiday on a weekend gives the next day that would otherwise be worked (Monday–Friday, not
    /// already off). Holidays are handled in date order so that two weekend holidays give two successive days
    /// (29/4 Sat + 30/4 Sun 2023 → 2/5 and 3/5, since 1/5 is itself a holiday).
    /// A compensatory day never lands on a declared make-up working day.
    /// </summary>
    private void AddCompensatoryDays(List<Holiday> publicHolidays)
    {
        // Two holidays on one date (Giỗ Tổ can fall on 30/4) are one day off, so at most one compensation.
        foreach (var holiday in publicHolidays.DistinctBy(h => h.Date).OrderBy(h => h.Date))
        {
            if (!IsWeekend(holiday.Date))
            {
                continue;
            }

            var candidate = holiday.Date.AddDays(1);
            while (IsWeekend(candidate) || daysOff.ContainsKey(candidate) || makeUpWorkingDays.Contains(candidate))
            {
                candidate = candidate.AddDays(1);
            }

            // Past the configured range the day is simply not recorded: the calendar refuses those dates anyway.
            daysOff[candidate] = new Holiday(candidate, CalendarTexts.CompensatoryFor(BaseName(holiday.Name)), HolidayKind.Compensatory);
        }
    }

    private static string BaseName(string holidayName)
    {
        int bracket = holidayName.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? holidayName : holidayName[..bracket];
    }
}
