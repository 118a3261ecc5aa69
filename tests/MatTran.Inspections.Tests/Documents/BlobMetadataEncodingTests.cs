using System.Text;
using MatTran.Inspections.Documents.Storage;

namespace MatTran.Inspections.Tests.Documents;

[TestClass]
public sealed class BlobMetadataEncodingTests
{
    [TestMethod]
    public void Plain_ascii_values_are_written_unchanged()
    {
        Assert.AreEqual("self-report", BlobMetadataEncoding.EncodeValue("self-report"));
        Assert.AreEqual("a=b; c", BlobMetadataEncoding.EncodeValue("a=b; c"));
        Assert.AreEqual(string.Empty, BlobMetadataEncoding.EncodeValue(string.Empty));
    }

    [TestMethod]
    public void Vietnamese_value_becomes_a_printable_ascii_rfc2047_encoded_word()
    {
        string wire = BlobMetadataEncoding.EncodeValue("Nông Thị Thu");

        Assert.AreEqual("=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Nông Thị Thu")) + "?=", wire);
        Assert.IsTrue(wire.All(c => c is >= ' ' and <= '~'));
    }

    [TestMethod]
    [DataRow("Ủy ban MTTQ huyện Hòa An")]
    [DataRow("Báo cáo tự kiểm tra.pdf")]
    [DataRow("tab\tinside")]
    [DataRow(" padded ")]
    [DataRow("=?utf-8?B?SGVsbG8=?=")]
    [DataRow("=?UTF-8?b?looks-encoded")]
    public void Every_value_reads_back_as_written(string value) =>
        Assert.AreEqual(value, BlobMetadataEncoding.DecodeValue(BlobMetadataEncoding.EncodeValue(value)));

    [TestMethod]
    public void Ascii_value_that_looks_encoded_is_encoded_so_it_reads_back_literally()
    {
        const string value = "=?utf-8?B?SGVsbG8=?=";

        Assert.AreNotEqual(value, BlobMetadataEncoding.EncodeValue(value));
    }

    [TestMethod]
    public void Values_written_by_other_tools_are_read_as_they_are()
    {
        Assert.AreEqual("plain", BlobMetadataEncoding.DecodeValue("plain"));
        Assert.AreEqual("=?utf-8?B?not base64?=", BlobMetadataEncoding.DecodeValue("=?utf-8?B?not base64?="));
    }

    [TestMethod]
    public void Dictionaries_are_encoded_and_decoded_value_by_value_with_case_insensitive_names()
    {
        var metadata = new Dictionary<string, string> { ["uploader"] = "Nông Thị Thu", ["kind"] = "notice" };

        var wire = BlobMetadataEncoding.Encode(metadata);
        var read = BlobMetadataEncoding.Decode(wire);

        Assert.AreEqual("notice", wire["kind"]);
        Assert.StartsWith("=?utf-8?B?", wire["uploader"]);
        Assert.AreEqual("Nông Thị Thu", read["UPLOADER"]);
        Assert.HasCount(2, read);
    }
}
