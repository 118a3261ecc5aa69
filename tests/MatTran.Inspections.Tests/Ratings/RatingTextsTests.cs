using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Tests.Ratings;

[TestClass]
public sealed class RatingTextsTests
{
    [TestMethod]
    public void Ratings_show_their_Vietnamese_names()
    {
        CollectionAssert.AreEqual(
            new[] { "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu" },
            Enum.GetValues<Rating>().Select(r => r.DisplayName()).ToArray());
    }
}
