using MatTran.Inspections.Calendar;

namespace MatTran.Inspections.Tests.Calendar;

[TestClass]
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Default = new(new WorkingDayCalendarOptions { FirstYear = 2020, LastYear = 2030 });

    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [TestMethod]
    public void Weekdays_are_working_days_and_weekends_are_not()
    {
        Assert.IsTrue(Default.IsWorkingDay(D(19, 6, 2023)));  // Monday
        Assert.IsTrue(Default.IsWorkingDay(D(23, 6, 2023)));  // Friday
        Assert.IsFalse(Default.IsWorkingDay(D(24, 6, 2023))); // Saturday
        Assert.IsFalse(Default.IsWorkingDay(D(25, 6, 2023))); // Sunday
    }

    [TestMethod]
    public void Fixed_solar_holidays_are_days_off()
    {
        Assert.IsFalse(Default.IsWorkingDay(D(1, 1, 2024)));
        Assert.IsFalse(Default.IsWorkingDay(D(30, 4, 2024)));
        Assert.IsFalse(Default.IsWorkingDay(D(1, 5, 2024)));
        Assert.IsFalse(Default.IsWorkingDay(D(2, 9, 2025)));
    }

    [TestMethod]
    public void National_day_companion_is_1_September_by_default()
    {
        Assert.IsFalse(Default.IsWorkingDay(D(1, 9, 2025))); // Monday
        Assert.IsTrue(Default.IsWorkingDay(D(3, 9, 2025)));  // Wednesday
    }

    [TestMethod]
    public void National_day_companion_can_be_3_September_for_a_given_year()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions
        {
            FirstYear = 2024,
            LastYear = 2025,
            NationalDayAdjacentDayByYear = { [2024] = NationalDayAdjacentDay.After },
        });

        Assert.IsTrue(calendar.IsWorkingDay(D(30, 8, 2024)));  // Friday
        Assert.IsFalse(calendar.IsWorkingDay(D(3, 9, 2024)));  // Tuesday
        Assert.IsFalse(calendar.IsWorkingDay(D(1, 9, 2025)));  // other years keep the default
    }

    [TestMethod]
    public void Tet_runs_from_the_last_day_of_the_lunar_year_to_mung_5()
    {
        // Tết Giáp Thìn: 30 Chạp = Fri 09/02/2024, mùng 1 = Sat 10/02, mùng 5 = Wed 14/02.
        Assert.IsTrue(Default.IsWorkingDay(D(8, 2, 2024)));
        for (var day = D(9, 2, 2024); day <= D(14, 2, 2024); day = day.AddDays(1))
        {
            Assert.IsFalse(Default.IsWorkingDay(day), day.ToString("dd/MM/yyyy"));
        }
    }

    [TestMethod]
    public void Tet_eve_is_29_Chap_when_the_last_lunar_month_is_short()
    {
        // Lunar year Giáp Thìn ends on 29 Chạp = Tue 28/01/2025; Mon 27/01 is still worked.
        Assert.IsTrue(Default.IsWorkingDay(D(27, 1, 2025)));
        Assert.IsFalse(Default.IsWorkingDay(D(28, 1, 2025)));
        Assert.AreEqual(CalendarTexts.LunarNewYearsEve, Default.Holidays(2025).Single(h => h.Date == D(28, 1, 2025)).Name);
    }

    [TestMethod]
    public void Hung_Kings_day_is_a_day_off()
    {
        Assert.IsFalse(Default.IsWorkingDay(D(18, 4, 2024))); // Thursday, 10/3 Giáp Thìn
        Assert.IsTrue(Default.IsWorkingDay(D(17, 4, 2024)));
    }

    [TestMethod]
    public void A_holiday_on_a_weekend_gives_the_next_working_day_off()
    {
        // 1/1/2023 is a Sunday → Monday 2/1/2023 off.
        Assert.IsFalse(Default.IsWorkingDay(D(2, 1, 2023)));
        var compensatory = Default.Holidays(2023).Single(h => h.Date == D(2, 1, 2023));
        Assert.AreEqual(HolidayKind.Compensatory, compensatory.Kind);
        Assert.AreEqual("Nghỉ bù Tết Dương lịch", compensatory.Name);
    }

    [TestMethod]
    public void Successive_weekend_holidays_give_successive_compensatory_days_after_other_holidays()
    {
        // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → compensation Tue 2/5 and Wed 3/5, back to work Thu 4/5.
        Assert.IsFalse(Default.IsWorkingDay(D(2, 5, 2023)));
        Assert.IsFalse(Default.IsWorkingDay(D(3, 5, 2023)));
        Assert.IsTrue(Default.IsWorkingDay(D(4, 5, 2023)));
        Assert.AreEqual("Nghỉ bù Giỗ Tổ Hùng Vương", Default.Holidays(2023).Single(h => h.Date == D(2, 5, 2023)).Name);
        Assert.AreEqual("Nghỉ bù Ngày Chiến thắng", Default.Holidays(2023).Single(h => h.Date == D(3, 5, 2023)).Name);
    }

    [TestMethod]
    public void National_day_on_Saturday_2023_gives_Monday_4_September_off()
    {
        Assert.IsFalse(Default.IsWorkingDay(D(4, 9, 2023)));
        Assert.IsTrue(Default.IsWorkingDay(D(5, 9, 2023)));
    }

    [TestMethod]
    public void Weekend_compensation_can_be_switched_off()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { FirstYear = 2023, LastYear = 2023, CompensateWeekendHolidays = false });
        Assert.IsTrue(calendar.IsWorkingDay(D(2, 1, 2023)));
    }

    [TestMethod]
    public void Announced_extra_day_off_and_make_up_Saturday_are_honoured()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions
        {
            FirstYear = 2023,
            LastYear = 2023,
            ExtraDaysOff = { new AnnouncedDayOff(D(3, 1, 2023), "Nghỉ liền Tết Dương lịch") },
            MakeUpWorkingDays = { D(14, 1, 2023) },
        });

        Assert.IsFalse(calendar.IsWorkingDay(D(3, 1, 2023)));
        Assert.IsTrue(calendar.IsWorkingDay(D(14, 1, 2023)));
        var announced = calendar.Holidays(2023).Single(h => h.Date == D(3, 1, 2023));
        Assert.AreEqual(HolidayKind.Announced, announced.Kind);
        Assert.AreEqual("Nghỉ liền Tết Dương lịch", announced.Name);
    }

    [TestMethod]
    public void Unnamed_extra_day_off_gets_the_generic_name()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { FirstYear = 2024, LastYear = 2024, ExtraDaysOff = { new AnnouncedDayOff(D(29, 4, 2024)) } });
        Assert.AreEqual(CalendarTexts.AnnouncedDayOff, calendar.Holidays(2024).Single(h => h.Date == D(29, 4, 2024)).Name);
    }

    [TestMethod]
    public void Make_up_working_day_on_a_public_holiday_is_rejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new WorkingDayCalendar(new WorkingDayCalendarOptions { FirstYear = 2024, LastYear = 2024, MakeUpWorkingDays = { D(30, 4, 2024) } }));
    }

    [TestMethod]
    public void Same_day_both_off_and_make_up_is_rejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new WorkingDayCalendar(new WorkingDayCalendarOptions
        {
            FirstYear = 2024,
            LastYear = 2024,
            ExtraDaysOff = { new AnnouncedDayOff(D(4, 5, 2024)) },
            MakeUpWorkingDays = { D(4, 5, 2024) },
        }));
    }

    [TestMethod]
    public void Dates_outside_the_configured_years_are_refused()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Default.IsWorkingDay(D(31, 12, 2019)));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Default.Holidays(2031));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Default.AddWorkingDays(D(31, 12, 2030), 1));
    }

    [TestMethod]
    public void Reversed_year_range_is_rejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new WorkingDayCalendar(new WorkingDayCalendarOptions { FirstYear = 2030, LastYear = 2020 }));
    }

    [TestMethod]
    public void Three_working_days_before_a_Monday_visit_is_the_previous_Wednesday()
    {
        Assert.AreEqual(D(14, 6, 2023), Default.AddWorkingDays(D(19, 6, 2023), -3));
    }

    [TestMethod]
    public void Ten_working_days_before_a_visit_skip_two_weekends()
    {
        Assert.AreEqual(D(5, 6, 2023), Default.AddWorkingDays(D(19, 6, 2023), -10));
    }

    [TestMethod]
    public void Adding_working_days_skips_Tet_and_its_compensatory_days()
    {
        // Thu 08/02/2024 + 1 working day: 9–14/2 Tết, 15–16/2 compensation for Sat/Sun mùng 1–2, weekend → Mon 19/02.
        Assert.AreEqual(D(19, 2, 2024), Default.AddWorkingDays(D(8, 2, 2024), 1));
    }

    [TestMethod]
    public void Adding_zero_working_days_returns_the_same_date()
    {
        Assert.AreEqual(D(24, 6, 2023), Default.AddWorkingDays(D(24, 6, 2023), 0));
    }

    [TestMethod]
    public void Next_working_day_on_or_after_moves_off_a_weekend_only()
    {
        Assert.AreEqual(D(26, 6, 2023), Default.NextWorkingDayOnOrAfter(D(24, 6, 2023)));
        Assert.AreEqual(D(23, 6, 2023), Default.NextWorkingDayOnOrAfter(D(23, 6, 2023)));
    }

    [TestMethod]
    public void Working_days_between_counts_after_start_up_to_end_and_is_signed()
    {
        Assert.AreEqual(5, Default.WorkingDaysBetween(D(16, 6, 2023), D(23, 6, 2023)));
        Assert.AreEqual(-5, Default.WorkingDaysBetween(D(23, 6, 2023), D(16, 6, 2023)));
        Assert.AreEqual(0, Default.WorkingDaysBetween(D(23, 6, 2023), D(23, 6, 2023)));
    }

    [TestMethod]
    public void Working_days_between_is_the_inverse_of_adding_working_days()
    {
        var start = D(2, 1, 2024);
        for (int n = -40; n <= 60; n++)
        {
            var end = Default.AddWorkingDays(start, n);
            Assert.AreEqual(n, Default.WorkingDaysBetween(start, end), $"n = {n}");
        }
    }

    [TestMethod]
    public void Holidays_of_2023_are_listed_in_date_order_with_Vietnamese_names()
    {
        var holidays = Default.Holidays(2023).Select(h => (h.Date, h.Name)).ToList();
        (DateOnly, string)[] expected =
        [
            (D(1, 1, 2023), "Tết Dương lịch"),
            (D(2, 1, 2023), "Nghỉ bù Tết Dương lịch"),
            (D(21, 1, 2023), "Tết Âm lịch (ngày cuối năm)"),
            (D(22, 1, 2023), "Tết Âm lịch (mùng 1)"),
            (D(23, 1, 2023), "Tết Âm lịch (mùng 2)"),
            (D(24, 1, 2023), "Tết Âm lịch (mùng 3)"),
            (D(25, 1, 2023), "Tết Âm lịch (mùng 4)"),
            (D(26, 1, 2023), "Tết Âm lịch (mùng 5)"),
            (D(27, 1, 2023), "Nghỉ bù Tết Âm lịch"),
            (D(30, 1, 2023), "Nghỉ bù Tết Âm lịch"),
            (D(29, 4, 2023), "Giỗ Tổ Hùng Vương"),
            (D(30, 4, 2023), "Ngày Chiến thắng"),
            (D(1, 5, 2023), "Ngày Quốc tế lao động"),
            (D(2, 5, 2023), "Nghỉ bù Giỗ Tổ Hùng Vương"),
            (D(3, 5, 2023), "Nghỉ bù Ngày Chiến thắng"),
            (D(1, 9, 2023), "Quốc khánh"),
            (D(2, 9, 2023), "Quốc khánh"),
            (D(4, 9, 2023), "Nghỉ bù Quốc khánh"),
        ];
        CollectionAssert.AreEqual(expected, holidays);
    }

    [TestMethod]
    public void Holidays_listing_includes_no_plain_weekends()
    {
        Assert.IsFalse(Default.Holidays(2025).Any(h => h.Date == D(7, 6, 2025)));
    }
}
