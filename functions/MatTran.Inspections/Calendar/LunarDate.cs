namespace MatTran.Inspections.Calendar;

/// <summary>A date in the Vietnamese lunar calendar (âm lịch). <see cref="IsLeapMonth"/> marks a tháng nhuận.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => IsLeapMonth ? $"{Day:00}/{Month:00} (nhuận)/{Year}" : $"{Day:00}/{Month:00}/{Year}";
}
