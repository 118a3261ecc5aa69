using MatTran.Inspections.Calendar;

namespace MatTran.Inspections.Tests.Calendar;

[TestClass]
public sealed class VietnameseLunarCalendarTests
{
    [TestMethod]
    [DataRow(2021, 2, 12)]
    [DataRow(2023, 1, 22)]
    [DataRow(2024, 2, 10)]
    [DataRow(2025, 1, 29)]
    [DataRow(2026, 2, 17)]
    public void Lunar_new_year_falls_on_the_published_Tet_date(int year, int month, int day)
    {
        Assert.AreEqual(new DateOnly(year, month, day), VietnameseLunarCalendar.LunarNewYear(year));
        Assert.AreEqual(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunar(new DateOnly(year, month, day)));
    }

    [TestMethod]
    [DataRow(2023, 4, 29)]
    [DataRow(2024, 4, 18)]
    [DataRow(2025, 4, 7)]
    public void Hung_Kings_day_10_3_lunar_matches_the_published_date(int year, int month, int day)
    {
        Assert.AreEqual(new DateOnly(year, month, day), VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)));
    }

    [TestMethod]
    public void Tet_1985_is_computed_in_the_UTC_plus_7_zone_not_China_time()
    {
        // Vietnam celebrated Tết Ất Sửu on 21/01/1985, a month before China, because of the UTC+7 meridian.
        Assert.AreEqual(new DateOnly(1985, 1, 21), VietnameseLunarCalendar.LunarNewYear(1985));
    }

    [TestMethod]
    public void Year_2023_has_leap_month_2()
    {
        Assert.AreEqual(2, VietnameseLunarCalendar.LeapMonth(2023));
        Assert.AreEqual(new DateOnly(2023, 2, 20), VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 2, 1)));
        Assert.AreEqual(new DateOnly(2023, 3, 22), VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 2, 1, IsLeapMonth: true)));
        Assert.AreEqual(new LunarDate(2023, 2, 1, IsLeapMonth: true), VietnameseLunarCalendar.ToLunar(new DateOnly(2023, 3, 22)));
    }

    [TestMethod]
    public void Year_2025_has_leap_month_6()
    {
        Assert.AreEqual(6, VietnameseLunarCalendar.LeapMonth(2025));
        Assert.AreEqual(new DateOnly(2025, 6, 25), VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 6, 1)));
        Assert.AreEqual(new DateOnly(2025, 7, 25), VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 6, 1, IsLeapMonth: true)));
    }

    [TestMethod]
    public void Year_2024_has_no_leap_month()
    {
        Assert.IsNull(VietnameseLunarCalendar.LeapMonth(2024));
    }

    [TestMethod]
    public void Asking_for_a_leap_month_the_year_does_not_have_is_rejected()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 5, 1, IsLeapMonth: true)));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 5, 1, IsLeapMonth: true)));
    }

    [TestMethod]
    public void Lunar_year_2024_ends_on_29_Chap_so_Tet_2025_has_no_30th()
    {
        Assert.AreEqual(new LunarDate(2024, 12, 29), VietnameseLunarCalendar.ToLunar(new DateOnly(2025, 1, 28)));
    }

    [TestMethod]
    public void Lunar_year_2023_ends_on_30_Chap()
    {
        Assert.AreEqual(new LunarDate(2023, 12, 30), VietnameseLunarCalendar.ToLunar(new DateOnly(2024, 2, 9)));
    }

    [TestMethod]
    public void Mid_autumn_2024_is_17_September()
    {
        Assert.AreEqual(new DateOnly(2024, 9, 17), VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 8, 15)));
    }

    [TestMethod]
    public void A_day_just_before_a_late_true_new_moon_is_the_last_day_of_the_previous_month()
    {
        // 07/05/2054 lies after the mean new moon but before the true one (08/05/2054); the published
        // code, stepping back only once, answers "day 0 of month 4" there.
        Assert.AreEqual(new LunarDate(2054, 3, 30), VietnameseLunarCalendar.ToLunar(new DateOnly(2054, 5, 7)));
    }

    [TestMethod]
    public void Every_day_of_a_century_round_trips_through_the_lunar_calendar()
    {
        for (var day = new DateOnly(2000, 1, 1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(day);
            Assert.AreEqual(day, VietnameseLunarCalendar.ToSolar(lunar), $"{day:dd/MM/yyyy} → {lunar}");
        }
    }
}
