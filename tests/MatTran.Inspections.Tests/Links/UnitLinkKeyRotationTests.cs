using System.Security.Cryptography;
using MatTran.Inspections.Links;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Links;

/// <summary>Two keys after a rotation: the newest signs, both verify, until the links expire.</summary>
[TestClass]
public sealed class UnitLinkKeyRotationTests
{
    private static readonly DateTimeOffset Start = new(2023, 6, 5, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly string OldKey = NewKey();
    private static readonly string CurrentKey = NewKey();

    private readonly SettableTimeProvider _clock = new(Start);

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private UnitLinkSigner Signer(string key, string previous = "") =>
        new(Options.Create(new UnitLinkOptions { SigningKey = key, PreviousSigningKey = previous, DefaultLifetime = TimeSpan.FromDays(10) }), _clock);

    [TestMethod]
    public void A_link_emailed_before_the_rotation_still_opens_after_it()
    {
        string emailed = Signer(OldKey).Issue("xa-hanh-son", "insp-42", UnitLinkPurpose.SelfReportUpload);

        var result = Signer(CurrentKey, previous: OldKey).Validate(emailed);

        Assert.IsTrue(result.IsValid, result.Failure.ToString());
        Assert.AreEqual("xa-hanh-son", result.Claims?.UnitId);
    }

    [TestMethod]
    public void After_the_rotation_new_links_are_signed_with_the_new_key()
    {
        string issued = Signer(CurrentKey, previous: OldKey).Issue("xa-hanh-son", "insp-42", UnitLinkPurpose.Feedback);

        Assert.IsTrue(Signer(CurrentKey).Validate(issued).IsValid);
        Assert.AreEqual(UnitLinkFailure.BadSignature, Signer(OldKey).Validate(issued).Failure);
    }

    [TestMethod]
    public void A_link_of_a_key_two_rotations_old_is_refused()
    {
        string ancient = Signer(OldKey).Issue("xa-hanh-son", null, UnitLinkPurpose.Feedback);

        var result = Signer(NewKey(), previous: CurrentKey).Validate(ancient);

        Assert.AreEqual(UnitLinkFailure.BadSignature, result.Failure);
    }

    [TestMethod]
    public void A_link_of_the_previous_key_still_expires()
    {
        string emailed = Signer(OldKey).Issue("xa-hanh-son", null, UnitLinkPurpose.Feedback);
        _clock.Now = Start.AddDays(11);

        Assert.AreEqual(UnitLinkFailure.Expired, Signer(CurrentKey, previous: OldKey).Validate(emailed).Failure);
    }

    [TestMethod]
    public void An_unreadable_previous_key_fails_at_start_naming_its_setting()
    {
        // What an unresolved Key Vault reference would hand the app.
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => Signer(CurrentKey, previous: "@Microsoft.KeyVault(SecretName=x)"));

        StringAssert.Contains(error.Message, "UnitLinks:PreviousSigningKey");
    }
}
