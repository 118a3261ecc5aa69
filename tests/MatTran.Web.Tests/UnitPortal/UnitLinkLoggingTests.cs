using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MatTran.Inspections.Links;
using MatTran.LocalHost.Tests;
using MatTran.LocalHost.Tests.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.Web.Tests.UnitPortal;

[TestClass]
public sealed class UnitLinkLoggingTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Link_token_is_never_written_to_the_log_by_the_page_or_the_api()
    {
        // Even with ASP.NET Core's request logging turned up, which prints every URL with its query string.
        await using var scenario = await PortalScenario.StartAsync(TestContext.CancellationToken, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        });
        using var log = new CapturedLog();
        scenario.Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        string inspectionId = await scenario.LaunchInspectionOfDistrictAsync(PortalScenario.NoticeDay.AddDays(-1), secondsPerDay: 3);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingSelfReport");
        string token = scenario.LinkToken(scenario.Units.District, inspectionId, UnitLinkPurpose.SelfReportUpload);
        string expired = scenario.ExpiredLinkToken(scenario.Units.District, inspectionId);
        string query = "?t=" + Uri.EscapeDataString(token);

        await ExpectAsync(scenario, Get($"units/inspections/{inspectionId}{query}"), HttpStatusCode.OK);
        await ExpectAsync(scenario, Get($"api/inspections/{inspectionId}{query}"), HttpStatusCode.OK);
        await ExpectAsync(scenario, Upload($"api/inspections/{inspectionId}/self-report{query}", "ghi-chu.txt", "không phải PDF"u8.ToArray()), HttpStatusCode.UnsupportedMediaType);
        await ExpectAsync(scenario, Upload($"api/inspections/{inspectionId}/self-report{query}", "bao-cao.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")), HttpStatusCode.Accepted);
        await ExpectAsync(scenario, Get($"api/documents/{inspectionId}.self-report.v1{query}"), HttpStatusCode.OK);
        await ExpectAsync(scenario, Get($"api/inspections/{inspectionId}?t={Uri.EscapeDataString(expired)}"), HttpStatusCode.Unauthorized);
        await scenario.WaitForStageAsync(inspectionId, "AwaitingVisit");

        Assert.IsNotEmpty(log.Lines, "the capture saw the app's log");
        string signature = token.Split('.')[1];
        foreach (string line in log.Lines)
        {
            Assert.DoesNotContain(signature, line);
            Assert.DoesNotContain(expired.Split('.')[1], line);
        }
    }

    private async Task ExpectAsync(PortalScenario scenario, HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            using var response = await scenario.Host.Client.SendAsync(request, TestContext.CancellationToken);
            Assert.AreEqual(expected, response.StatusCode, $"{request.Method} {request.RequestUri?.AbsolutePath}: {await response.Content.ReadAsStringAsync(TestContext.CancellationToken)}");
        }
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    private static HttpRequestMessage Upload(string path, string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new MultipartFormDataContent { { file, "file", fileName } },
        };
    }
}
