namespace MatTran.Inspections.Calendar;

/// <summary>One day off with its Vietnamese name, as listed by <see cref="WorkingDayCalendar.Holidays"/>.</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);
