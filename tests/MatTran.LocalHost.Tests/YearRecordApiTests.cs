using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// The year-level record through the API: the staff directory's access, and a plan of 500 inspections (more than five
/// entity-group transactions) created, approved (its annual plan document issued) and launched, with its report and
/// exports holding the same rows.
/// </summary>
[TestClass]
public sealed class YearRecordApiTests
{
    private const int Communes = 500;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Directory_is_written_by_admins_only_and_read_by_any_signed_in_user()
    {
        var host = await TestHost.SharedAsync(Ct);
        var tree = await TestPlans.ImportTreeAsync(host, Ct);
        var person = new { name = "Nông Văn Khánh", position = "Phó Chủ tịch Thường trực", email = "khanh@example.vn", signsDocuments = true };

        using (var refused = await host.Client.SendAsync(Put($"api/committees/{tree.Province}/staff/nong-van-khanh", person, "planner"), Ct))
        {
            Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var invalid = await host.Client.SendAsync(Put($"api/committees/{tree.Province}/staff/Nong%20Khanh", person, "admin"), Ct))
        {
            CollectionAssert.Contains((await invalid.ReadProblemAsync(422, Ct)).CodesFor("id"), "staff.id.invalid");
        }

        using (var stored = await host.Client.SendAsync(Put($"api/committees/{tree.Province}/staff/nong-van-khanh", person, "admin"), Ct))
        {
            Assert.AreEqual(HttpStatusCode.OK, stored.StatusCode, await stored.Content.ReadAsStringAsync(Ct));
        }

        using var read = await host.Client.SendAsync(ApiRequests.Get($"api/committees/{tree.Province}/directory", "inspector"), Ct);
        var directory = await read.ReadJsonAsync(Ct);
        Assert.AreEqual("Phó Chủ tịch Thường trực", directory.GetProperty("staff")[0].GetProperty("position").GetString());
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task Plan_of_500_is_created_approved_launched_and_its_report_and_exports_hold_the_same_rows()
    {
        await using var host = await TestHost.StartAsync(cancellationToken: Ct);
        var driver = new WorkflowDriver(host, Ct);
        var tree = new UnitTree();
        var csv = new StringBuilder(tree.Csv);
        for (int i = 0; i < Communes; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Commune(tree, i)},Ủy ban MTTQ xã số {i},Commune,{tree.District},\r\n");
        }

        await driver.SendAsync(ApiRequests.PostCsv("api/units/import", csv.ToString(), "admin"), HttpStatusCode.OK);
        var plan = TestPlans.Plan(tree);
        plan["targets"] = new JsonArray(new JsonObject { ["metric"] = "RatedGoodOrAbove", ["level"] = "Commune", ["thresholdPercent"] = 90 });
        plan["inspections"] = new JsonArray([.. Enumerable.Range(0, Communes).Select(i => (JsonNode)new JsonObject
        {
            ["unitId"] = Commune(tree, i),
            ["kind"] = "Supervision",
            ["visitDate"] = $"{TestPlans.FutureYear}-09-15",
            ["coveredPeriod"] = new JsonObject { ["from"] = $"{TestPlans.FutureYear - 1}-01-01", ["to"] = $"{TestPlans.FutureYear - 1}-12-31" },
            ["teamLead"] = "Nguyễn Thị Lan",
            ["members"] = new JsonArray(),
            ["siteVisits"] = new JsonArray(),
        })]);
        string id = (await driver.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var approved = await driver.SendAsync(ApiRequests.PostJson($"api/plans/{id}/approve", null, "supervisor"), HttpStatusCode.OK);
        Assert.AreEqual("12/KH-MTTQ-BTT", approved.GetProperty("documents")[0].GetProperty("number").GetString());
        await driver.SendAsync(ApiRequests.PostJson($"api/plans/{id}/launch", null, "planner"), HttpStatusCode.Accepted);

        // Launched in real time: the workflow writes all 500 to the read model and each waits, Scheduled, for its notice day.
        for (var started = TimeProvider.System.GetTimestamp(); ; await Task.Delay(500, Ct))
        {
            var listed = await driver.SendAsync(ApiRequests.Get($"api/inspections?planId={id}", "planner"), HttpStatusCode.OK);
            if (listed.GetArrayLength() == Communes)
            {
                break;
            }

            Assert.IsLessThan(WorkflowDriver.Patience, TimeProvider.System.GetElapsedTime(started), $"{listed.GetArrayLength()} of {Communes} inspections written");
        }

        var report = await driver.SendAsync(ApiRequests.Get($"api/reports/plans/{id}", "inspector"), HttpStatusCode.OK);
        var figures = report.GetProperty("figures");
        var counted = figures.GetProperty("plannedVsDone").EnumerateArray().Single(c => c.GetProperty("level").GetString() == "Commune");
        Assert.AreEqual(Communes, counted.GetProperty("planned").GetInt32());
        Assert.AreEqual(Communes, counted.GetProperty("inProgress").GetInt32());
        Assert.AreEqual(Communes, figures.GetProperty("stages").GetProperty("Scheduled").GetInt32());
        Assert.AreEqual(0, figures.GetProperty("targets")[0].GetProperty("actual").GetProperty("total").GetInt32());
        string[] ids = [.. report.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
        Assert.HasCount(Communes, ids);

        using var csvExport = await host.Client.SendAsync(ApiRequests.Get($"api/reports/plans/{id}/export?dataset=inspections&format=csv", "inspector"), Ct);
        byte[] csvBytes = await csvExport.Content.ReadAsByteArrayAsync(Ct);
        CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3], "UTF-8 byte-order mark");
        string[] lines = Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(ids, lines.Skip(1).Select(l => l.Split(',')[0]).ToArray());

        using var xlsxExport = await host.Client.SendAsync(ApiRequests.Get($"api/reports/plans/{id}/export?dataset=inspections&format=xlsx", "inspector"), Ct);
        using var stream = new MemoryStream(await xlsxExport.Content.ReadAsByteArrayAsync(Ct));
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        CollectionAssert.AreEqual(ids, rows.Skip(1).Select(r => r.Elements<Cell>().First().InnerText).ToArray());
        Assert.AreEqual("Ủy ban MTTQ xã số 0", rows[1].Elements<Cell>().ElementAt(3).InnerText);

        using var bad = await host.Client.SendAsync(ApiRequests.Get($"api/reports/plans/{id}/export?dataset=inspections&format=pdf", "inspector"), Ct);
        Assert.AreEqual("export.format.invalid", (await bad.ReadProblemAsync(400, Ct)).GetProperty("code").GetString());
    }

    private static string Commune(UnitTree tree, int index) => string.Create(CultureInfo.InvariantCulture, $"{tree.Prefix}-xa-{index:D3}");

    private static HttpRequestMessage Put(string path, object body, string user) =>
        new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(body) }.As(user);
}
