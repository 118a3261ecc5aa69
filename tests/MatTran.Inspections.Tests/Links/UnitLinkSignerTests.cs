using System.Security.Cryptography;
using MatTran.Inspections.Links;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Links;

[TestClass]
public sealed class UnitLinkSignerTests
{
    private static readonly DateTimeOffset Start = new(2023, 6, 5, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly SettableTimeProvider _clock = new(Start);

    private static string NewKey(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    private UnitLinkSigner Signer(string key) =>
        new(Options.Create(new UnitLinkOptions { SigningKey = key, DefaultLifetime = TimeSpan.FromDays(10) }), _clock);

    [TestMethod]
    public void Issued_link_validates_to_its_unit_inspection_and_purpose()
    {
        var signer = Signer(NewKey());

        string token = signer.Issue("xa-hanh-son", "insp-42", UnitLinkPurpose.SelfReportUpload);
        var result = signer.Validate(token);

        Assert.IsTrue(result.IsValid);
        Assert.AreEqual("xa-hanh-son", result.UnitId);
        Assert.AreEqual("insp-42", result.Claims!.InspectionId);
        Assert.AreEqual(UnitLinkPurpose.SelfReportUpload, result.Claims.Purpose);
        Assert.AreEqual(Start.AddDays(10).ToUnixTimeSeconds(), result.Claims.ExpiresAt.ToUnixTimeSeconds());
    }

    [TestMethod]
    public void Token_is_two_base64url_parts_safe_in_a_query_string()
    {
        string token = Signer(NewKey()).Issue("huyện/1+2", null, UnitLinkPurpose.Feedback);

        string[] parts = token.Split('.');
        Assert.HasCount(2, parts);
        Assert.AreEqual(Uri.EscapeDataString(token), token);
    }

    [TestMethod]
    public void Tampered_payload_is_a_bad_signature()
    {
        var signer = Signer(NewKey());
        string token = signer.Issue("unit-a", "insp-1", UnitLinkPurpose.Feedback);
        string otherPayload = signer.Issue("unit-b", "insp-1", UnitLinkPurpose.Feedback).Split('.')[0];

        var result = signer.Validate(otherPayload + "." + token.Split('.')[1]);

        Assert.AreEqual(UnitLinkFailure.BadSignature, result.Failure);
        Assert.IsNull(result.UnitId);
    }

    [TestMethod]
    public void Link_signed_with_another_key_is_a_bad_signature()
    {
        string token = Signer(NewKey()).Issue("unit-a", null, UnitLinkPurpose.Feedback);

        Assert.AreEqual(UnitLinkFailure.BadSignature, Signer(NewKey()).Validate(token).Failure);
    }

    [TestMethod]
    public void Link_is_expired_once_the_clock_reaches_its_expiry()
    {
        var signer = Signer(NewKey());
        string token = signer.Issue("unit-a", null, UnitLinkPurpose.Feedback, TimeSpan.FromHours(1));

        _clock.Now = Start.AddMinutes(59);
        Assert.IsTrue(signer.Validate(token).IsValid);

        _clock.Now = Start.AddHours(1);
        Assert.AreEqual(UnitLinkFailure.Expired, signer.Validate(token).Failure);
    }

    [TestMethod]
    public void An_expired_genuine_link_keeps_its_claims_for_a_renewal_and_stays_invalid()
    {
        var signer = Signer(NewKey());
        string token = signer.Issue("unit-a", "p.2027.aaaaaaaaaaaa.001", UnitLinkPurpose.Feedback, TimeSpan.FromHours(1));
        _clock.Now = Start.AddDays(2);

        var validation = signer.Validate(token);

        Assert.IsFalse(validation.IsValid);
        Assert.IsNull(validation.UnitId);
        Assert.AreEqual(("unit-a", "p.2027.aaaaaaaaaaaa.001", UnitLinkPurpose.Feedback),
            (validation.Claims!.UnitId, validation.Claims.InspectionId, validation.Claims.Purpose));
        Assert.IsNull(signer.Validate(token[..^2] + (token[^2] == 'A' ? "BB" : "AA")).Claims, "A tampered link says nothing.");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("abc")]
    [DataRow("a.b.c")]
    [DataRow("!!!.???")]
    public void Garbage_is_malformed(string token)
    {
        Assert.AreEqual(UnitLinkFailure.Malformed, Signer(NewKey()).Validate(token).Failure);
    }

    [TestMethod]
    public void Correctly_signed_payload_that_is_not_a_link_is_malformed()
    {
        byte[] key = RandomNumberGenerator.GetBytes(32);
        string payload = Convert.ToBase64String("{\"x\":1}"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        byte[] mac = HMACSHA256.HashData(key, System.Text.Encoding.ASCII.GetBytes(payload));
        string token = payload + "." + Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.AreEqual(UnitLinkFailure.Malformed, Signer(Convert.ToBase64String(key)).Validate(token).Failure);
    }

    [TestMethod]
    public void A_valid_link_names_its_unit_inspection_and_purpose()
    {
        // The access policy compares these claims with the inspection's unit (AccessMatrixTests cover the routes).
        var signer = Signer(NewKey());
        string token = signer.Issue("unit-a", "insp-1", UnitLinkPurpose.SelfReportUpload);

        var claims = signer.Validate(token).Claims;

        Assert.IsNotNull(claims);
        Assert.AreEqual(("unit-a", "insp-1", UnitLinkPurpose.SelfReportUpload), (claims.UnitId, claims.InspectionId, claims.Purpose));
    }

    [TestMethod]
    public void An_expired_link_still_says_whose_it_is()
    {
        // The page offers a fresh link for an expired one, so the unit must still be known.
        var signer = Signer(NewKey());
        string token = signer.Issue("unit-a", "insp-1", UnitLinkPurpose.Feedback, TimeSpan.FromMinutes(5));
        _clock.Now = Start.AddDays(1);

        var result = signer.Validate(token);

        Assert.AreEqual(UnitLinkFailure.Expired, result.Failure);
        Assert.AreEqual("unit-a", result.Claims?.UnitId);
    }

    [TestMethod]
    public void Key_shorter_than_32_bytes_is_rejected()
    {
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => Signer(NewKey(31)));
        StringAssert.Contains(e.Message, "32");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("not base64!")]
    public void Missing_or_non_base64_key_is_rejected(string key)
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => Signer(key));
    }
}
