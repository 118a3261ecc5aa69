namespace MatTran.Inspections.Calendar;

/// <summary>Vietnamese names of holidays (Labour Code 2019 art. 112 wording).</summary>
public static class CalendarTexts
{
    public const string NewYearsDay = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Âm lịch";
    public const string LunarNewYearsEve = "Tết Âm lịch (ngày cuối năm)";
    public const string HungKingsCommemoration = "Giỗ Tổ Hùng Vương";
    public const string ReunificationDay = "Ngày Chiến thắng";
    public const string LabourDay = "Ngày Quốc tế lao động";
    public const string NationalDay = "Quốc khánh";
    public const string AnnouncedDayOff = "Ngày nghỉ theo thông báo";

    public static string LunarNewYearDay(int day) => $"Tết Âm lịch (mùng {day})";

    public static string CompensatoryFor(string holidayName) => $"Nghỉ bù {holidayName}";
}
