using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Validation;

[TestClass]
public sealed class ValidationResultTests
{
    [TestMethod]
    public void Errors_of_one_field_are_grouped_in_order()
    {
        var result = new ValidationResultBuilder()
            .Error("a.one", "name", "Một")
            .Error("b", "other", "Khác")
            .Error("a.two", "name", "Hai")
            .Build();

        CollectionAssert.AreEqual(new[] { "Một", "Hai" }, result.ErrorsByField()["name"]);
        CollectionAssert.AreEqual(new[] { "a.one", "a.two" }, result.ErrorCodesByField()["name"]);
        Assert.IsFalse(result.IsValid);
    }

    [TestMethod]
    public void Warnings_alone_keep_the_result_valid()
    {
        var result = new ValidationResultBuilder().Warning("w", "f", "Lưu ý").Build();
        Assert.IsTrue(result.IsValid);
        Assert.IsTrue(result.HasWarning("w"));
        Assert.IsEmpty(result.ErrorsByField());
    }

    [TestMethod]
    public void Every_code_is_unique_and_dotted_lower_camel()
    {
        var codes = typeof(ValidationCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.HasCount(codes.Count, codes.Distinct());
        foreach (var code in codes)
        {
            StringAssert.Matches(code, new System.Text.RegularExpressions.Regex("^[a-z]+(\\.[a-z][A-Za-z]*)+$"));
        }
    }
}
