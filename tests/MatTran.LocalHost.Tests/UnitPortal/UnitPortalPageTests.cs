using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using MatTran.Api.UnitPortal;
using MatTran.Inspections.Inspections;

namespace MatTran.LocalHost.Tests.UnitPortal;

[TestClass]
public sealed partial class UnitPortalPageTests
{
    private const string Token = "eyJ1IjoieGEtdGgifQ.c2lnbmF0dXJl-bad_token";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Page_is_200_Vietnamese_html_for_an_anonymous_caller_even_with_a_bad_token()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri($"units/inspections/tinh-cb.2025.0123456789ab.001?t={Token}", UriKind.Relative), TestContext.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, html);
        Assert.AreEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("utf-8", response.Content.Headers.ContentType?.CharSet);
        StringAssert.StartsWith(html, "<!DOCTYPE html>");
        StringAssert.Contains(html, "<html lang=\"vi\">");
        StringAssert.Contains(html, "<meta charset=\"utf-8\">");
        StringAssert.Contains(html, "Cuộc kiểm tra, giám sát");
        StringAssert.Contains(html, "data-inspection-id=\"tinh-cb.2025.0123456789ab.001\"");
    }

    [TestMethod]
    public async Task Page_is_not_stored_sends_no_referrer_and_allows_only_its_own_origin()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri($"units/inspections/x.001?t={Token}", UriKind.Relative), TestContext.CancellationToken);

        Assert.AreEqual("no-store", response.Headers.CacheControl?.ToString());
        Assert.AreEqual("no-referrer", Header(response, "Referrer-Policy"));
        Assert.AreEqual("nosniff", Header(response, "X-Content-Type-Options"));
        string csp = Header(response, "Content-Security-Policy");
        Assert.AreEqual(UnitPortalHeaders.ContentSecurityPolicy, csp);
        StringAssert.Contains(csp, "default-src 'self'");
        StringAssert.Contains(csp, "script-src 'self';");
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("http", csp);
    }

    [TestMethod]
    public async Task Page_never_contains_the_token()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri($"units/inspections/x.001?t={Token}", UriKind.Relative), TestContext.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.DoesNotContain(Token, html);
        Assert.DoesNotContain("c2lnbmF0dXJl", html);
    }

    [TestMethod]
    public async Task Inspection_id_is_html_encoded_in_the_page()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(
            new Uri("units/inspections/" + Uri.EscapeDataString("x\"><img src=x onerror=alert(1)>"), UriKind.Relative), TestContext.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<img", html);
        StringAssert.Contains(html, "data-inspection-id=\"x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
    }

    [TestMethod]
    public async Task Page_loads_only_scripts_and_styles_served_by_the_app()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("units/inspections/x.001", UriKind.Relative), TestContext.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        var references = ReferenceAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        CollectionAssert.AreEquivalent(
            new[] { "/units/assets/unit-portal.css", "/units/assets/unit-portal.js" },
            references.Select(r => r.Split('?')[0]).ToArray());
        Assert.DoesNotContain("//", string.Join(" ", references));
        Assert.DoesNotContain("<script>", html, "inline script would need 'unsafe-inline'");
        Assert.DoesNotContain(" style=", html, "inline style would need 'unsafe-inline'");
        foreach (string reference in references)
        {
            using var asset = await host.Client.GetAsync(new Uri(reference.TrimStart('/'), UriKind.Relative), TestContext.CancellationToken);
            Assert.AreEqual(HttpStatusCode.OK, asset.StatusCode, reference);
            string text = await asset.Content.ReadAsStringAsync(TestContext.CancellationToken);
            Assert.DoesNotContain("http://", text, reference);
            Assert.DoesNotContain("https://", text, reference);
        }
    }

    [TestMethod]
    [DataRow("unit-portal.js", "text/javascript")]
    [DataRow("unit-portal.css", "text/css")]
    public async Task Asset_is_served_anonymously_and_revalidated_by_its_etag(string fileName, string mediaType)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var first = await host.Client.GetAsync(new Uri($"units/assets/{fileName}", UriKind.Relative), TestContext.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"units/assets/{fileName}", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await host.Client.SendAsync(again, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("utf-8", first.Content.Headers.ContentType?.CharSet);
        Assert.IsNotEmpty(await first.Content.ReadAsByteArrayAsync(TestContext.CancellationToken));
        Assert.AreEqual("no-referrer", Header(first, "Referrer-Policy"));
        Assert.AreEqual(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [TestMethod]
    public async Task Unknown_asset_is_404()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("units/assets/appsettings.json", UriKind.Relative), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TestMethod]
    public async Task Page_hands_its_script_every_stage_name_in_Vietnamese()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("units/inspections/x.001", UriKind.Relative), TestContext.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        var texts = JsonDocument.Parse(TextsBlock().Match(html).Groups["json"].Value).RootElement;
        var stages = texts.GetProperty("stages");
        foreach (var stage in Enum.GetValues<InspectionStage>())
        {
            Assert.AreEqual(InspectionTexts.StageName(stage), stages.GetProperty(stage.ToString()).GetString());
        }

        Assert.AreEqual("Chờ báo cáo tự kiểm tra", stages.GetProperty("AwaitingSelfReport").GetString());
        Assert.AreEqual(UnitPortalTexts.InvalidLink, texts.GetProperty("messages").GetProperty("invalidLink").GetString());
        Assert.AreEqual("Báo cáo tự kiểm tra", texts.GetProperty("documentKinds").GetProperty("SelfReport").GetString());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]*)\"")]
    private static partial Regex ReferenceAttribute();

    [GeneratedRegex("<script type=\"application/json\" id=\"unit-portal-texts\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex TextsBlock();
}
