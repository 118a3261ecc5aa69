namespace MatTran.Inspections.Calendar;

/// <summary>
/// Which day accompanies Quốc khánh (2/9). Labour Code 2019 art. 112(1)(đ) gives "02/9 and one adjacent day before
/// or after", chosen each year by the Prime Minister; 1/9 is the usual choice and our default.
/// </summary>
public enum NationalDayAdjacentDay
{
    /// <summary>1 September.</summary>
    Before,

    /// <summary>3 September.</summary>
    After,
}
