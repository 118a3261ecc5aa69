namespace MatTran.Inspections.Calendar;

/// <summary>A day off announced for one year; without a name it is listed as "Ngày nghỉ theo thông báo".</summary>
public sealed record AnnouncedDayOff(DateOnly Date, string? Name = null);
