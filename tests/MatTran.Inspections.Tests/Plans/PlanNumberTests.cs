using MatTran.Inspections.Plans;

namespace MatTran.Inspections.Tests.Plans;

[TestClass]
public sealed class PlanNumberTests
{
    [TestMethod]
    public void Parses_sequence_and_issuer_symbol_and_prints_back()
    {
        Assert.IsTrue(PlanNumber.TryParse(" 325/KH-MTTQ-BTT ", out var number));
        Assert.AreEqual(new PlanNumber(325, "MTTQ-BTT"), number);
        Assert.AreEqual("325/KH-MTTQ-BTT", number.ToString());
    }

    [TestMethod]
    public void Null_is_not_a_plan_number()
    {
        Assert.IsFalse(PlanNumber.TryParse(null, out _));
    }
}
