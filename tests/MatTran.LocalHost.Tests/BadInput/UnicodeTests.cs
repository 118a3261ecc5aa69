using System.Net;
using System.Text;
using MatTran.Api.Problems;
using MatTran.Inspections.Validation;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Unicode edge cases in texts (docs/api.md § Bad input): decomposed Vietnamese is stored composed (NFC) from JSON
/// and CSV alike; NUL, bidi controls and invisible characters are 422 <c>text.controlCharacter</c> naming the field;
/// a lone surrogate escape (<c>\ud800</c>) is unreadable JSON, 400. Nothing of a refused request is stored.
/// </summary>
[TestClass]
public sealed class UnicodeTests
{
    // "Tiếng Việt" with every tone and vowel mark as its own combining character (NFD).
    private static readonly string Decomposed = "Tiếng Việt".Normalize(NormalizationForm.FormD);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("\\u0000", "U+0000 NUL")]
    [DataRow("\\u0007", "U+0007 BEL")]
    [DataRow("\\u001b[31m", "U+001B ESC, a terminal colour")]
    [DataRow("\\u0085", "U+0085 NEL")]
    [DataRow("\\u202e", "U+202E right-to-left override")]
    [DataRow("\\u202d", "U+202D left-to-right override")]
    [DataRow("\\u202a", "U+202A left-to-right embedding")]
    [DataRow("\\u2066", "U+2066 left-to-right isolate")]
    [DataRow("\\u2069", "U+2069 pop directional isolate")]
    [DataRow("\\u200f", "U+200F right-to-left mark")]
    [DataRow("\\u061c", "U+061C Arabic letter mark")]
    [DataRow("\\u200b", "U+200B zero-width space")]
    [DataRow("\\u2060", "U+2060 word joiner")]
    [DataRow("\\ufeff", "U+FEFF zero-width no-break space")]
    [DataRow("\\uffff", "U+FFFF noncharacter")]
    public async Task A_control_bidi_or_invisible_character_is_422_naming_the_field(string escape, string what)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        foreach (var (route, json, field) in new[]
        {
            ("Inspections_Cancel", $$"""{"reason": "Lý do {{escape}} {{BadInputHost.Personal}}"}""", "reason"),
            ("Committees_PutDepartment", $$"""{"name": "Ban Dân chủ{{escape}}"}""", "name"),
            ("Plans_Create", $$"""{"inspections": [{"teamLead": "{{BadInputHost.PersonName}}{{escape}}"}]}""", "inspections[0].teamLead"),
        })
        {
            await RefusalAssert.RefusedAsync(bad, RouteCalls.Request(bad, RouteCalls.Named(route), RouteCalls.Json(json)), 422,
                ValidationCodes.TextControlCharacter, TestContext.CancellationToken, field);
        }

        Assert.IsNotNull(what);
    }

    [TestMethod]
    [DataRow("\\ud800")]
    [DataRow("\\udfff")]
    [DataRow("x\\ud83d")]
    [DataRow("\\ude00\\ud83d")]
    public async Task A_lone_surrogate_escape_is_unreadable_json(string escape)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        string json = $$"""{"reason": "{{escape}} {{BadInputHost.Personal}}"}""";
        await RefusalAssert.RefusedAsync(bad, RouteCalls.Request(bad, RouteCalls.Named("Inspections_Cancel"), RouteCalls.Json(json)), 400,
            ProblemCodes.Unreadable, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("\u202e")]
    [DataRow("\u200b")]
    [DataRow("\u0000")]
    public async Task A_csv_cell_with_such_a_character_fails_its_line(string character)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = $"id,name,level,parentId,email\r\n{tree.Province},Ủy ban{character} MTTQ tỉnh,Province,,\r\n";
        await RefusalAssert.RefusedAsync(bad, ApiRequests.PostCsv("api/units/import", csv, "planner"), 422, ValidationCodes.TextControlCharacter,
            TestContext.CancellationToken, "lines[2].name");
    }

    [TestMethod]
    [DataRow("Ban {nfd}", "Ban Tiếng Việt")]
    [DataRow("Gia đình 👨‍👩‍👧 và क्‍ष", "Gia đình 👨‍👩‍👧 và क्‍ष")]
    public async Task Json_text_is_stored_in_nfc_and_joiners_are_kept(string sent, string stored)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        // A committee of its own: the bad-input plan's issuer directory is compared by the refusal tests.
        var tree = await TestPlans.ImportTreeAsync(bad.Host, TestContext.CancellationToken);
        string path = $"api/committees/{tree.Province}/departments/ban-nfd";
        string json = $$"""{"name": "{{sent.Replace("{nfd}", Decomposed, StringComparison.Ordinal)}}"}""";
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = RouteCalls.Json(json) }.As("admin"))
        {
            using var response = await bad.Client.SendAsync(put, TestContext.CancellationToken);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        }

        using var read = await bad.Client.SendAsync(ApiRequests.Get($"api/committees/{tree.Province}/directory", "planner"), TestContext.CancellationToken);
        string name = (await read.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("departments").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString() == "ban-nfd").GetProperty("name").GetString()!;
        Assert.AreEqual(stored.Normalize(NormalizationForm.FormC), name);
        Assert.IsTrue(name.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public async Task Decomposed_vietnamese_in_a_units_csv_is_stored_composed()
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = $"id,name,level,parentId,email\r\n{tree.Province},Ủy ban MTTQ {Decomposed},Province,,\r\n";
        using (var response = await bad.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv, "planner"), TestContext.CancellationToken))
        {
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        }

        using var units = await bad.Client.SendAsync(ApiRequests.Get("api/units", "planner"), TestContext.CancellationToken);
        var stored = (await units.ReadJsonAsync(TestContext.CancellationToken)).EnumerateArray()
            .Single(u => u.GetProperty("id").GetString() == tree.Province).GetProperty("name").GetString()!;
        Assert.AreEqual("Ủy ban MTTQ Tiếng Việt".Normalize(NormalizationForm.FormC), stored);
        Assert.IsTrue(stored.IsNormalized(NormalizationForm.FormC));
    }
}
