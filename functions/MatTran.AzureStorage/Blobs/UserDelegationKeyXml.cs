using System.Globalization;
using System.Xml.Linq;

namespace MatTran.AzureStorage.Blobs;

/// <summary>Request (<c>KeyInfo</c>) and response (<c>UserDelegationKey</c>) bodies of Get User Delegation Key.</summary>
internal static class UserDelegationKeyXml
{
    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    public static BinaryData KeyInfo(DateTimeOffset startsOn, DateTimeOffset expiresOn)
    {
        var keyInfo = new XElement("KeyInfo",
            new XElement("Start", SasTime.Format(startsOn)),
            new XElement("Expiry", SasTime.Format(expiresOn)));
        return BinaryData.FromString(XmlDeclaration + keyInfo.ToString(SaveOptions.DisableFormatting));
    }

    public static UserDelegationKey Parse(BinaryData body)
    {
        var root = XDocument.Parse(body.ToString()).Root
            ?? throw new FormatException("Get User Delegation Key returned an empty body.");
        string Value(string name) =>
            root.Element(name)?.Value ?? throw new FormatException($"Get User Delegation Key response lacks <{name}>.");
        DateTimeOffset Time(string name) =>
            DateTimeOffset.Parse(Value(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new UserDelegationKey
        {
            SignedObjectId = Value("SignedOid"),
            SignedTenantId = Value("SignedTid"),
            SignedStartsOn = Time("SignedStart"),
            SignedExpiresOn = Time("SignedExpiry"),
            SignedService = Value("SignedService"),
            SignedVersion = Value("SignedVersion"),
            Value = Value("Value"),
        };
    }
}
