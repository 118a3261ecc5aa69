namespace MatTran.Inspections.Calendar;

/// <summary>Why a weekday is not a working day.</summary>
public enum HolidayKind
{
    /// <summary>A public holiday of Labour Code 2019 art. 112(1).</summary>
    Public,

    /// <summary>Nghỉ bù: a public holiday fell on a weekend, the next working day is off (art. 111(3)).</summary>
    Compensatory,

    /// <summary>A day off announced for the year (e.g. a bridge day), taken from configuration.</summary>
    Announced,
}
