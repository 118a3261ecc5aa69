namespace MatTran.Inspections.Calendar;

/// <summary>
/// Solar ↔ lunar conversion for the Vietnamese calendar, after Hồ Ngọc Đức's published algorithm
/// ("Thuật toán tính âm lịch"): astronomical new moons and the sun's longitude, evaluated in the
/// UTC+7 time zone. The zone matters: Vietnam and China use the same rules but a different meridian,
/// which is why Tết sometimes falls on different days (e.g. 1985).
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Hours east of Greenwich used by the official Vietnamese calendar since 1968.</summary>
    public const double TimeZoneHours = 7.0;

    // Julian day number of 0001-01-01 minus DateOnly.DayNumber (which starts at 0 on that day).
    private const int JulianDayOfDayNumberZero = 1721426;

    // Mean synodic month and the Julian date of the new moon of 1900-01-01 that the algorithm counts from.
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    /// <summary>Converts a Gregorian date to its lunar date.</summary>
    public static LunarDate ToLunar(DateOnly date)
    {
        int dayNumber = ToJulianDay(date);
        int k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth);
        // k is estimated from the mean lunation; the true new moon can be late by more than the estimate's
        // slack (07/05/2054 falls before the true new moon of 08/05/2054), so step back until the month has started. The published
        // code steps back only once and yields day 0 there.
        int monthStart = NewMoonDay(k + 1);
        while (monthStart > dayNumber)
        {
            k--;
            monthStart = NewMoonDay(k + 1);
        }

        int a11 = LunarMonth11(date.Year);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }

        int lunarDay = dayNumber - monthStart + 1;
        int diff = (monthStart - a11) / 29;
        bool isLeap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            int leapMonthDiff = LeapMonthOffset(a11);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                isLeap = diff == leapMonthDiff;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    /// <summary>Converts a lunar date to the Gregorian calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12, the day not 1–30, or a leap month is asked for in a year that has no such leap month.</exception>
    public static DateOnly ToSolar(LunarDate lunar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunar.Month, 1, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunar.Month, 12, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfLessThan(lunar.Day, 1, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunar.Day, 30, nameof(lunar));

        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarMonth11(lunar.Year - 1);
            b11 = LunarMonth11(lunar.Year);
        }
        else
        {
            a11 = LunarMonth11(lunar.Year);
            b11 = LunarMonth11(lunar.Year + 1);
        }

        int k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        int offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        bool yearHasLeapMonth = b11 - a11 > 365;
        if (yearHasLeapMonth)
        {
            int leapOffset = LeapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                throw new ArgumentOutOfRangeException(nameof(lunar), lunar, $"Lunar year {lunar.Year} has leap month {leapMonth}, not {lunar.Month}.");
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, $"Lunar year {lunar.Year} has no leap month.");
        }

        int monthStart = NewMoonDay(k + offset);
        return FromJulianDay(monthStart + lunar.Day - 1);
    }

    /// <summary>The leap month (tháng nhuận) of a lunar year, or null when the year has twelve months.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        // Months 1–10 of lunarYear lie in the span from month 11 of the previous year; a leap 11 or 12
        // (rare, e.g. 2033) lies in the span that starts at month 11 of lunarYear itself.
        int? early = LeapMonthInSpan(LunarMonth11(lunarYear - 1), LunarMonth11(lunarYear));
        if (early is >= 1 and <= 10)
        {
            return early;
        }

        int? late = LeapMonthInSpan(LunarMonth11(lunarYear), LunarMonth11(lunarYear + 1));
        return late is 11 or 12 ? late : null;
    }

    private static int? LeapMonthInSpan(int a11, int b11)
    {
        if (b11 - a11 <= 365)
        {
            return null;
        }

        int leapMonth = LeapMonthOffset(a11) - 2;
        return leapMonth < 0 ? leapMonth + 12 : leapMonth;
    }

    /// <summary>Mùng 1 Tết: the first day of the lunar year whose first month starts in <paramref name="gregorianYear"/>.</summary>
    public static DateOnly LunarNewYear(int gregorianYear) => ToSolar(new LunarDate(gregorianYear, 1, 1));

    private static int ToJulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>Day (Julian day number, local UTC+7) of the k-th new moon after 1900-01-01.</summary>
    private static int NewMoonDay(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        const double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        double c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double jdNew = jd1 + c1 - deltaT;
        return (int)Math.Floor(jdNew + 0.5 + TimeZoneHours / 24);
    }

    /// <summary>Sun's longitude at local midnight starting day <paramref name="julianDay"/>, as one of 12 sectors of 30° (0 = 0°–30°).</summary>
    private static int SunLongitudeSector(int julianDay)
    {
        double t = (julianDay - 2451545.5 - TimeZoneHours / 24) / 36525;
        double t2 = t * t;
        const double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        double longitude = (l0 + dl) * dr;
        longitude -= Math.PI * 2 * Math.Floor(longitude / (Math.PI * 2));
        return (int)Math.Floor(longitude / Math.PI * 6);
    }

    /// <summary>Start of lunar month 11 (the month containing the winter solstice) around the end of <paramref name="year"/>.</summary>
    private static int LunarMonth11(int year)
    {
        int offset = ToJulianDay(new DateOnly(year, 12, 31)) - 2415021;
        int k = (int)Math.Floor(offset / SynodicMonth);
        int newMoon = NewMoonDay(k);
        if (SunLongitudeSector(newMoon) >= 9)
        {
            newMoon = NewMoonDay(k - 1);
        }

        return newMoon;
    }

    /// <summary>
    /// Offset (in months after month 11) of the leap month of a 13-month year: the first month
    /// that contains no major solar term (trung khí), i.e. the sun stays in one 30° sector.
    /// </summary>
    private static int LeapMonthOffset(int a11)
    {
        int k = (int)Math.Floor((a11 - NewMoonEpoch) / SynodicMonth + 0.5);
        int i = 1;
        int arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
