using MatTran.Inspections.Formatting;

namespace MatTran.Inspections.Tests.Formatting;

[TestClass]
public sealed class VietnameseFormatTests
{
    [TestMethod]
    public void Dates_are_day_month_year_with_leading_zeros()
    {
        Assert.AreEqual("05/06/2023", VietnameseFormat.Date(new DateOnly(2023, 6, 5)));
    }

    [TestMethod]
    public void Money_uses_dots_between_thousands_and_the_word_dong()
    {
        Assert.AreEqual("7.955.058.171 đồng", VietnameseFormat.Money(7_955_058_171m));
        Assert.AreEqual("0 đồng", VietnameseFormat.Money(0m));
        Assert.AreEqual("999 đồng", VietnameseFormat.Money(999m));
    }

    [TestMethod]
    public void Money_rounds_to_whole_dong()
    {
        Assert.AreEqual("1.001 đồng", VietnameseFormat.Money(1000.5m));
    }

    [TestMethod]
    public void Numbers_use_a_comma_for_decimals()
    {
        Assert.AreEqual("1.234,5", VietnameseFormat.Number(1234.5m));
        Assert.AreEqual("-0,25", VietnameseFormat.Number(-0.25m));
        Assert.AreEqual("1.000.000", VietnameseFormat.Number(1_000_000m));
    }

    [TestMethod]
    public void Small_counts_get_a_leading_zero_as_in_official_reports()
    {
        Assert.AreEqual("02 hộ dân", VietnameseFormat.Count(2, "hộ dân"));
        Assert.AreEqual("1.250 hội viên", VietnameseFormat.Count(1250, "hội viên"));
        Assert.AreEqual("10", VietnameseFormat.Count(10, ""));
    }

    [TestMethod]
    public void Covered_period_is_month_year_to_month_year()
    {
        Assert.AreEqual("01/2022 – 05/2023", VietnameseFormat.Period(new DateOnly(2022, 1, 1), new DateOnly(2023, 5, 31)));
    }

    [TestMethod]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
            Assert.AreEqual("1.234.567 đồng", VietnameseFormat.Money(1_234_567m));
            Assert.AreEqual("19/06/2023", VietnameseFormat.Date(new DateOnly(2023, 6, 19)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
