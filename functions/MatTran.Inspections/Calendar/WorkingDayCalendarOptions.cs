namespace MatTran.Inspections.Calendar;

/// <summary>Configuration of <see cref="WorkingDayCalendar"/> (section "Calendar").</summary>
public sealed class WorkingDayCalendarOptions
{
    /// <summary>First Gregorian year the calendar answers for.</summary>
    public int FirstYear { get; set; } = 2000;

    /// <summary>Last Gregorian year the calendar answers for.</summary>
    public int LastYear { get; set; } = 2100;

    /// <summary>Default companion day of 2/9.</summary>
    public NationalDayAdjacentDay NationalDayAdjacentDay { get; set; } = NationalDayAdjacentDay.Before;

    /// <summary>Per-year choice of the 2/9 companion day where the government announced a different one (2024 used 3/9).</summary>
    public Dictionary<int, NationalDayAdjacentDay> NationalDayAdjacentDayByYear { get; set; } = [];

    /// <summary>Extra days off announced by the government (bridge days), with an optional name.</summary>
    public List<AnnouncedDayOff> ExtraDaysOff { get; set; } = [];

    /// <summary>Saturdays (or Sundays) declared working days to make up for bridge days (ngày làm bù).</summary>
    public List<DateOnly> MakeUpWorkingDays { get; set; } = [];

    /// <summary>When true (default), a public holiday on Saturday or Sunday gives a compensatory day off (Labour Code art. 111(3)).</summary>
    public bool CompensateWeekendHolidays { get; set; } = true;
}
