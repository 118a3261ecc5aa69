using MatTran.Inspections.Documents;

namespace MatTran.Inspections.Tests.Documents;

[TestClass]
public sealed class DocumentDateLineTests
{
    [TestMethod]
    [DataRow(2023, 6, 5, "Cao Bằng, ngày 05 tháng 6 năm 2023")]
    [DataRow(2023, 1, 9, "Cao Bằng, ngày 09 tháng 01 năm 2023")]
    [DataRow(2024, 2, 29, "Cao Bằng, ngày 29 tháng 02 năm 2024")]
    [DataRow(2023, 3, 10, "Cao Bằng, ngày 10 tháng 3 năm 2023")]
    [DataRow(2023, 12, 31, "Cao Bằng, ngày 31 tháng 12 năm 2023")]
    public void Pads_days_below_ten_and_only_January_and_February(int year, int month, int day, string expected)
    {
        Assert.AreEqual(expected, DocumentDateLine.Format("Cao Bằng", new DateOnly(year, month, day)));
    }

    [TestMethod]
    public void Number_prints_sequence_type_and_issuer_symbol()
    {
        Assert.AreEqual("12/QĐ-MTTQ-BTT", new DocumentNumber(12, 2023, DocumentType.Decision, "MTTQ-BTT").Text);
        Assert.AreEqual("7/TB-MTTQ-BTT", new DocumentNumber(7, 2023, DocumentType.Notice, "MTTQ-BTT").ToString());
    }
}
