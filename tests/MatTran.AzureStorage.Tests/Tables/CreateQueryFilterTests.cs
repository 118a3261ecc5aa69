using MatTran.AzureStorage.Tables;

namespace MatTran.AzureStorage.Tests.Tables;

[TestClass]
public sealed class CreateQueryFilterTests
{
    [TestMethod]
    public void String_values_are_quoted_with_embedded_quotes_doubled()
    {
        string hostile = "x' or PartitionKey ne 'x";

        Assert.AreEqual("PartitionKey eq 'x'' or PartitionKey ne ''x'", TableClient.CreateQueryFilter($"PartitionKey eq {hostile}"));
    }

    [TestMethod]
    public void Vietnamese_text_is_kept_as_is_inside_the_quotes() =>
        Assert.AreEqual("Unit eq 'Ủy ban MTTQ huyện Hòa An'", TableClient.CreateQueryFilter($"Unit eq {"Ủy ban MTTQ huyện Hòa An"}"));

    [TestMethod]
    public void Int32_is_a_bare_number() =>
        Assert.AreEqual("N eq -42", TableClient.CreateQueryFilter($"N eq {-42}"));

    [TestMethod]
    public void Int64_carries_the_L_suffix() =>
        Assert.AreEqual("N eq 9223372036854775807L", TableClient.CreateQueryFilter($"N eq {long.MaxValue}"));

    [TestMethod]
    public void Double_keeps_a_decimal_point_and_full_precision()
    {
        Assert.AreEqual("D eq 5.0", TableClient.CreateQueryFilter($"D eq {5.0}"));
        Assert.AreEqual("D eq 0.30000000000000004", TableClient.CreateQueryFilter($"D eq {0.1 + 0.2}"));
        Assert.AreEqual("D eq 1E+300", TableClient.CreateQueryFilter($"D eq {1e300}"));
    }

    [TestMethod]
    public void Non_finite_double_is_rejected() =>
        Assert.ThrowsExactly<ArgumentException>(() => TableClient.CreateQueryFilter($"D eq {double.NaN}"));

    [TestMethod]
    public void Booleans_are_lowercase() =>
        Assert.AreEqual("A eq true and B eq false", TableClient.CreateQueryFilter($"A eq {true} and B eq {false}"));

    [TestMethod]
    public void DateTimeOffset_becomes_a_utc_datetime_literal_with_seven_digits()
    {
        var moment = new DateTimeOffset(2024, 3, 5, 14, 8, 9, 123, TimeSpan.FromHours(7)).AddTicks(4);

        Assert.AreEqual("T lt datetime'2024-03-05T07:08:09.1230004Z'", TableClient.CreateQueryFilter($"T lt {moment}"));
    }

    [TestMethod]
    public void DateTime_becomes_a_utc_datetime_literal()
    {
        var utc = new DateTime(2024, 3, 5, 7, 8, 9, DateTimeKind.Utc);

        Assert.AreEqual("T ge datetime'2024-03-05T07:08:09.0000000Z'", TableClient.CreateQueryFilter($"T ge {utc}"));
    }

    [TestMethod]
    public void Guid_becomes_a_guid_literal()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.AreEqual("Id eq guid'0f8fad5b-d9cb-469f-a165-70867728950e'", TableClient.CreateQueryFilter($"Id eq {id}"));
    }

    [TestMethod]
    public void Binary_becomes_a_hex_literal()
    {
        Assert.AreEqual("B eq X'00ff27'", TableClient.CreateQueryFilter($"B eq {new byte[] { 0, 255, 0x27 }}"));
        Assert.AreEqual("B eq X'0a'", TableClient.CreateQueryFilter($"B eq {new BinaryData(new byte[] { 10 })}"));
    }

    [TestMethod]
    public void Enum_becomes_its_quoted_name() =>
        Assert.AreEqual("Kind eq 'FollowUp'", TableClient.CreateQueryFilter($"Kind eq {InspectionKind.FollowUp}"));

    [TestMethod]
    public void Null_value_is_rejected()
    {
        string? missing = null;

        Assert.ThrowsExactly<ArgumentException>(() => TableClient.CreateQueryFilter($"Unit eq {missing}"));
    }

    [TestMethod]
    public void Unsupported_type_is_rejected() =>
        Assert.ThrowsExactly<ArgumentException>(() => TableClient.CreateQueryFilter($"D eq {1.5m}"));

    [TestMethod]
    public void Format_specifier_cannot_bypass_escaping()
    {
        string hostile = "a'b";

        Assert.AreEqual("U eq 'a''b'", TableClient.CreateQueryFilter($"U eq {hostile:X}"));
    }
}
