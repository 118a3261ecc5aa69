using System.Net;
using System.Text;
using System.Text.Json;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class UnitsApiTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Imported_units_are_listed_with_Vietnamese_names_intact()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();

        using var imported = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", tree.Csv, "planner"), TestContext.CancellationToken);
        var units = await ListAsync(host, tree);

        Assert.AreEqual(HttpStatusCode.OK, imported.StatusCode, await imported.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual(4, (await imported.ReadJsonAsync(TestContext.CancellationToken)).GetProperty("imported").GetInt32());
        Assert.HasCount(4, units);
        var commune = units.Single(u => u.GetProperty("id").GetString() == tree.Commune);
        Assert.AreEqual("Ủy ban MTTQ xã Trường Hà, huyện Hà Quảng", commune.GetProperty("name").GetString());
        Assert.AreEqual("Commune", commune.GetProperty("level").GetString());
        Assert.AreEqual(tree.District, commune.GetProperty("parentId").GetString());
        Assert.AreEqual("truongha@example.vn", commune.GetProperty("email").GetString());
    }

    [TestMethod]
    public async Task Reimport_replaces_a_unit_and_may_hang_new_units_under_stored_ones()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        using var first = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", tree.Csv, "admin"), TestContext.CancellationToken);
        string second = "id,name,level,parentId,email\n" +
            $"{tree.District},Ủy ban MTTQ huyện Hà Quảng (mới),District,{tree.Province},\n" +
            $"{tree.Prefix}-xa2,Ủy ban MTTQ xã Sóc Hà,Commune,{tree.District},\n";

        using var reimported = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", second, "admin"), TestContext.CancellationToken);
        var units = await ListAsync(host, tree);

        Assert.AreEqual(HttpStatusCode.OK, reimported.StatusCode, await reimported.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.HasCount(5, units);
        var district = units.Single(u => u.GetProperty("id").GetString() == tree.District);
        Assert.AreEqual("Ủy ban MTTQ huyện Hà Quảng (mới)", district.GetProperty("name").GetString());
        Assert.AreEqual(JsonValueKind.Null, district.GetProperty("email").ValueKind);
    }

    [TestMethod]
    public async Task Malformed_csv_is_400_with_line_numbers_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = "id,name,level,parentId,email\n" +
            $"{tree.Province},Tỉnh,Province,,\n" +
            $"{tree.District},\"Huyện chưa đóng ngoặc,District,{tree.Province},\n";

        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(400, TestContext.CancellationToken);
        CollectionAssert.Contains(problem.CodesFor("lines[3]"), "units.csv.malformed");
        string message = problem.GetProperty("errors").GetProperty("lines[3]")[0].GetString()!;
        Assert.StartsWith("Dòng 3:", message);
        Assert.IsEmpty(await ListAsync(host, tree));
    }

    [TestMethod]
    public async Task Rule_violations_are_422_per_line_and_store_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = "id,name,level,parentId,email\n" +
            $"{tree.Province},Tỉnh,Province,,\n" +
            $"{tree.District},Huyện,District,{tree.Prefix}-khong-co,\n" +
            $"{tree.Commune},Xã,Commune,{tree.District},khong-phai-email\n";

        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.Contains(problem.CodesFor("lines[3].parentId"), "units.parent.unknown");
        CollectionAssert.Contains(problem.CodesFor("lines[4].email"), "units.email.invalid");
        Assert.IsEmpty(await ListAsync(host, tree));
    }

    [TestMethod]
    public async Task Csv_with_a_NUL_in_a_name_is_422_naming_the_line_and_column_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = "id,name,level,parentId,email\n" +
            $"{tree.Province},Tỉnh Cao Bằng,Province,,\n" +
            $"{tree.District},Huyện\u0000 Hà Quảng,District,{tree.Province},\n";

        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.AreEqual(new[] { "text.controlCharacter" }, problem.CodesFor("lines[3].name"));
        Assert.StartsWith("Dòng 3:", problem.GetProperty("errors").GetProperty("lines[3].name")[0].GetString()!);
        Assert.IsEmpty(await ListAsync(host, tree));
    }

    [TestMethod]
    public async Task Csv_with_a_1_MB_unit_name_is_422_too_long_and_stores_nothing()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = "id,name,level,parentId,email\n" +
            $"{tree.Province},Tỉnh Cao Bằng,Province,,\n" +
            $"{tree.District},{new string('H', 1_000_000)},District,{tree.Province},\n";

        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv, "planner"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(422, TestContext.CancellationToken);
        CollectionAssert.AreEqual(new[] { "text.tooLong" }, problem.CodesFor("lines[3].name"));
        Assert.IsEmpty(await ListAsync(host, tree));
    }

    [TestMethod]
    public async Task Import_in_another_content_type_is_415_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();

        using var response = await host.Client.SendAsync(
            ApiRequests.PostCsv("api/units/import", tree.Csv, "planner", mediaType: "application/json"), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(415, TestContext.CancellationToken);
        Assert.AreEqual("request.unsupportedMediaType", problem.GetProperty("code").GetString());
        Assert.IsEmpty(await ListAsync(host, tree));
    }

    [TestMethod]
    public async Task Import_larger_than_the_limit_is_413_problem()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        var csv = new StringBuilder(tree.Csv);
        for (int i = 0; csv.Length <= 1024 * 1024 + 1024; i++)
        {
            csv.Append(tree.Prefix).Append("-x").Append(i).Append(",Ban công tác Mặt trận khu dân cư số ").Append(i).Append(",ResidentialArea,").Append(tree.Commune).Append(",\n");
        }

        using var response = await host.Client.SendAsync(ApiRequests.PostCsv("api/units/import", csv.ToString(), "planner").ExpectingContinue(), TestContext.CancellationToken);

        var problem = await response.ReadProblemAsync(413, TestContext.CancellationToken);
        Assert.AreEqual("request.bodyTooLarge", problem.GetProperty("code").GetString());
        Assert.IsEmpty(await ListAsync(host, tree));
    }

    private async Task<List<JsonElement>> ListAsync(TestHost host, UnitTree tree)
    {
        using var response = await host.Client.SendAsync(ApiRequests.Get("api/units", "inspector"), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var all = await response.ReadJsonAsync(TestContext.CancellationToken);
        return [.. all.EnumerateArray().Where(u => u.GetProperty("id").GetString()!.StartsWith(tree.Prefix, StringComparison.Ordinal))];
    }
}
