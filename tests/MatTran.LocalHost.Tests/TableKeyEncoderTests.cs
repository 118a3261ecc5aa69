using MatTran.Inspections.ReadModel;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class TableKeyEncoderTests
{
    [TestMethod]
    [DataRow("325/KH-MTTQ-BTT")]
    [DataRow(@"a\b#c?d")]
    [DataRow("Đoàn ~ kiểm tra\t1")]
    [DataRow("huyen-ha-quang")]
    public void Encoded_keys_hold_no_forbidden_character_and_decode_back(string value)
    {
        string key = TableKeyEncoder.Encode(value);

        Assert.AreEqual(-1, key.AsSpan().IndexOfAny("/\\#?"));
        Assert.IsFalse(key.Any(char.IsControl));
        Assert.AreEqual(value, TableKeyEncoder.Decode(key));
    }

    [TestMethod]
    public void Plain_unit_ids_stay_readable()
    {
        Assert.AreEqual("huyen-ha_quang.1", TableKeyEncoder.Encode("huyen-ha_quang.1"));
    }
}
