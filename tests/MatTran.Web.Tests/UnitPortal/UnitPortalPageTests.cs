using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Remediation;
using MatTran.LocalHost.Hosting;
using MatTran.LocalHost.Tests;

namespace MatTran.Web.Tests.UnitPortal;

/// <summary>
/// The unit page as served over HTTP: one static file of the web app answered for every
/// <c>/units/inspections/{id}</c>, its script, style and texts beside it under <c>/units/</c>.
/// </summary>
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
        StringAssert.StartsWith(html, "<!DOCTYPE html>");
        StringAssert.Contains(html, "<html lang=\"vi\">");
        StringAssert.Contains(html, "<meta charset=\"utf-8\">");
        StringAssert.Contains(html, "Cuộc kiểm tra, giám sát");
        Assert.AreEqual(1, Regex.Count(html, "<h1[ >]"), "one h1");
    }

    [TestMethod]
    public async Task Page_is_the_same_file_for_every_inspection_so_no_address_part_is_ever_written_into_it()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        string one = await host.Client.GetStringAsync(new Uri("units/inspections/x.001", UriKind.Relative), TestContext.CancellationToken);
        string hostile = await host.Client.GetStringAsync(
            new Uri("units/inspections/" + Uri.EscapeDataString("x\"><img src=x onerror=alert(1)>"), UriKind.Relative), TestContext.CancellationToken);

        Assert.AreEqual(one, hostile);
        Assert.DoesNotContain("<img", hostile);
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
        Assert.AreEqual(UnitPageHeaders.ContentSecurityPolicy, csp);
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
    public async Task Page_loads_only_scripts_and_styles_served_by_the_app()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var pageUri = new Uri(host.Address, "units/inspections/x.001");

        string html = await host.Client.GetStringAsync(pageUri, TestContext.CancellationToken);

        var references = ReferenceAttribute().Matches(html).Select(m => new Uri(pageUri, m.Groups["url"].Value)).ToList();
        CollectionAssert.AreEquivalent(
            new[] { "/units/unit-portal.css", "/units/unit-portal.js" },
            references.Select(r => r.AbsolutePath).ToArray());
        Assert.IsTrue(references.All(r => r.Authority == pageUri.Authority), "only the app's own origin");
        Assert.DoesNotContain("<script>", html, "inline script would need 'unsafe-inline'");
        Assert.DoesNotContain(" style=", html, "inline style would need 'unsafe-inline'");
        foreach (var reference in references.Append(new Uri(pageUri, "../" + PortalTexts.FileName)))
        {
            using var asset = await host.Client.GetAsync(reference, TestContext.CancellationToken);
            Assert.AreEqual(HttpStatusCode.OK, asset.StatusCode, reference.ToString());
            string text = await asset.Content.ReadAsStringAsync(TestContext.CancellationToken);
            Assert.DoesNotContain("http://", text, reference.ToString());
            Assert.DoesNotContain("https://", text, reference.ToString());
        }
    }

    [TestMethod]
    [DataRow("unit-portal.js", "text/javascript")]
    [DataRow("unit-portal.css", "text/css")]
    [DataRow("unit-portal-texts.json", "application/json")]
    public async Task File_is_served_anonymously_and_revalidated_by_its_etag(string fileName, string mediaType)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var first = await host.Client.GetAsync(new Uri($"units/{fileName}", UriKind.Relative), TestContext.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"units/{fileName}", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await host.Client.SendAsync(again, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.IsNotEmpty(await first.Content.ReadAsByteArrayAsync(TestContext.CancellationToken));
        Assert.AreEqual("no-referrer", Header(first, "Referrer-Policy"));
        Assert.AreEqual("nosniff", Header(first, "X-Content-Type-Options"));
        Assert.AreEqual(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [TestMethod]
    public async Task Unknown_file_under_units_is_not_served_and_never_answered_with_a_page()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(new Uri("units/appsettings.json", UriKind.Relative), TestContext.CancellationToken);

        // Like any address no route or file matches: 401 to a caller who is not signed in.
        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.AreNotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [TestMethod]
    public async Task Served_texts_name_every_stage_status_rating_and_finding_type_as_the_domain_does()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);

        var texts = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("units/" + PortalTexts.FileName, UriKind.Relative), TestContext.CancellationToken)).RootElement;

        foreach (var stage in Enum.GetValues<InspectionStage>())
        {
            Assert.AreEqual(InspectionTexts.StageName(stage), Text(texts, "stages", stage.ToString()));
            foreach (var kind in Enum.GetValues<InspectionKind>())
            {
                Assert.AreEqual(InspectionTexts.StageName(stage, kind), Text(texts, "kind:" + kind, "stage:" + stage));
            }
        }

        foreach (var kind in Enum.GetValues<InspectionKind>())
        {
            Assert.AreEqual(InspectionTexts.KindName(kind), Text(texts, "kinds", kind.ToString()));
            Assert.AreEqual("Cuộc " + InspectionTexts.ActivityNoun(kind), Text(texts, "kind:" + kind, "title"));
            Assert.AreEqual("Gửi " + InspectionTexts.SelfReportNoun(kind), Text(texts, "kind:" + kind, "selfReportHeading"));
        }

        foreach (var status in Enum.GetValues<RemediationStatus>())
        {
            Assert.AreEqual(RemediationTexts.StatusName(status), Text(texts, "remediationStatuses", status.ToString()));
        }

        foreach (var rating in Enum.GetValues<Rating>())
        {
            Assert.AreEqual(rating.DisplayName(), Text(texts, "ratings", rating.ToString()));
        }

        foreach (var type in Enum.GetValues<FindingType>())
        {
            Assert.AreEqual(FindingTexts.TypeName(type), Text(texts, "findingTypes", type.ToString()));
        }

        foreach (var documentKind in Enum.GetValues<DocumentKind>())
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(Text(texts, "documentKinds", documentKind.ToString())), documentKind.ToString());
        }

        Assert.AreEqual("Chờ báo cáo tự kiểm tra", Text(texts, "stages", "AwaitingSelfReport"));
        Assert.AreEqual("Đường dẫn không hợp lệ hoặc đã hết hạn.", Text(texts, "messages", "invalidLink"));
        Assert.AreEqual("Báo cáo tự kiểm tra", Text(texts, "documentKinds", "SelfReport"));
        Assert.AreEqual(FindingTexts.MembersNoun, Text(texts, "messages", "membersNoun"));
    }

    private static string? Text(JsonElement texts, string table, string key) =>
        texts.GetProperty(table).TryGetProperty(key, out var value) ? value.GetString() : null;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]*)\"")]
    private static partial Regex ReferenceAttribute();
}
