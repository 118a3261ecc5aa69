using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Blobs;

[TestClass]
public sealed class BlobMetadataEncodingTests
{
    [TestMethod]
    public void Plain_ascii_values_travel_unchanged()
    {
        Assert.AreEqual("SelfReport", BlobMetadataEncoding.Encode("SelfReport"));
        Assert.AreEqual("a=b; c", BlobMetadataEncoding.Encode("a=b; c"));
    }

    [TestMethod]
    public void Vietnamese_value_becomes_an_ascii_rfc2047_encoded_word_and_decodes_back()
    {
        const string value = "Ủy ban MTTQ huyện Hòa An";

        string wire = BlobMetadataEncoding.Encode(value);

        Assert.StartsWith("=?utf-8?B?", wire);
        Assert.IsTrue(wire.All(c => c is >= ' ' and <= '~'));
        Assert.AreEqual(value, BlobMetadataEncoding.Decode(wire));
    }

    [TestMethod]
    public void Ascii_value_that_looks_encoded_is_encoded_so_it_reads_back_literally()
    {
        const string value = "=?utf-8?B?SGVsbG8=?=";

        Assert.AreEqual(value, BlobMetadataEncoding.Decode(BlobMetadataEncoding.Encode(value)));
    }

    [TestMethod]
    public void Surrounding_spaces_survive_because_such_values_are_encoded()
    {
        Assert.AreEqual(" padded ", BlobMetadataEncoding.Decode(BlobMetadataEncoding.Encode(" padded ")));
    }
}
