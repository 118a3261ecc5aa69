using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Validation;

[TestClass]
public sealed class RequestTextValidatorTests
{
    [TestMethod]
    public void Every_text_of_a_nested_request_is_checked_and_named_by_its_json_path()
    {
        var request = new SamplePlan("Kế hoạch", ["Điều lệ"],
        [
            new SampleInspection("Nguyễn Thị Lan", ["Trần Văn Hùng"]),
            new SampleInspection("Lê Văn Nam", []),
            new SampleInspection("A\u0000B", ["Hoàng\u0007 Mai"]),
        ]);

        var codes = RequestTextValidator.Validate(request).ErrorCodesByField();

        CollectionAssert.AreEqual(new[] { "inspections[2].teamLead", "inspections[2].members[0]" }, codes.Keys.ToArray());
        Assert.IsTrue(codes.Values.All(c => c.Single() == ValidationCodes.TextControlCharacter));
    }

    [TestMethod]
    public void Texts_over_their_limit_and_lists_over_their_size_are_refused_with_their_codes()
    {
        var request = new SamplePlan(new string('K', 501), [.. Enumerable.Range(0, 4).Select(i => "Nội dung " + i)],
            [.. Enumerable.Range(0, 4).Select(_ => new SampleInspection("Lan", []))]);

        var codes = RequestTextValidator.Validate(request).ErrorCodesByField();

        Assert.AreEqual(ValidationCodes.TextTooLong, codes["title"].Single());
        Assert.AreEqual(ValidationCodes.ListTooMany, codes["topics"].Single());
        Assert.AreEqual("sample.inspections.tooMany", codes["inspections"].Single());
    }

    [TestMethod]
    public void Missing_members_and_items_pass_since_required_is_the_domain_rules_business() =>
        Assert.IsTrue(RequestTextValidator.Validate(new SamplePlan(null, null, [null!, new SampleInspection(null, null)])).IsValid);

    [TestMethod]
    public void A_request_type_with_a_text_that_declares_no_limit_is_refused_as_a_programming_error()
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => RequestTextValidator.Validate(new SampleUndeclared("x")));

        StringAssert.Contains(error.Message, "SampleUndeclared.Note");
    }
}

internal sealed record SamplePlan(
    [property: TextLimit(500, SingleLine = true)] string? Title,
    [property: TextLimit(50), MaxItems(3)] IReadOnlyList<string>? Topics,
    [property: MaxItems(3, Code = "sample.inspections.tooMany")] IReadOnlyList<SampleInspection>? Inspections);

internal sealed record SampleInspection(
    [property: TextLimit(100, SingleLine = true)] string? TeamLead,
    [property: TextLimit(100), MaxItems(30)] IReadOnlyList<string>? Members);

internal sealed record SampleUndeclared(string? Note);
