using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MatTran.Inspections.Calendar;

namespace MatTran.Bench;

/// <summary>
/// A province with one district per 50 communes and one commune per inspection, and a plan inspecting every commune
/// once next year, visits spread over the working days from March to November.
/// </summary>
internal sealed class BenchPlan(int inspections)
{
    private const int CommunesPerDistrict = 50;

    private readonly string _prefix = "b" + Guid.NewGuid().ToString("N")[..8];

    public int Year { get; } = DateTime.UtcNow.Year + 1;

    public string Province => _prefix + "-tinh";

    public string UnitsCsv()
    {
        var csv = new StringBuilder("id,name,level,parentId,email\r\n");
        csv.Append(CultureInfo.InvariantCulture, $"{Province},Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm,Province,,\r\n");
        for (var d = 0; d < Districts; d++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{District(d)},Ủy ban MTTQ huyện số {d + 1},District,{Province},\r\n");
        }

        for (var c = 0; c < inspections; c++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Commune(c)},Ủy ban MTTQ xã số {c + 1},Commune,{District(c / CommunesPerDistrict)},xa{c}@example.vn\r\n");
        }

        return csv.ToString();
    }

    public JsonObject Plan()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions());
        var days = new List<DateOnly>();
        for (var day = new DateOnly(Year, 3, 1); day < new DateOnly(Year, 12, 1); day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        var list = new JsonArray();
        for (var i = 0; i < inspections; i++)
        {
            list.Add(new JsonObject
            {
                ["unitId"] = Commune(i),
                ["kind"] = i % 3 == 0 ? "Supervision" : "Inspection",
                ["visitDate"] = days[i * days.Count / inspections].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["coveredPeriod"] = new JsonObject { ["from"] = $"{Year - 1}-01-01", ["to"] = $"{Year - 1}-12-31" },
                ["teamLead"] = "Nguyễn Thị Lan",
                ["members"] = new JsonArray("Trần Văn Hùng", "Lê Thị Mai"),
                ["siteVisits"] = new JsonArray(),
            });
        }

        return new JsonObject
        {
            ["number"] = string.Create(CultureInfo.InvariantCulture, $"{inspections}/KH-MTTQ-BTT"),
            ["year"] = Year,
            ["issuerUnitId"] = Province,
            ["title"] = $"Kế hoạch kiểm tra, giám sát năm {Year}",
            ["topics"] = new JsonArray("Thực hiện Điều lệ MTTQ Việt Nam"),
            ["inspections"] = list,
        };
    }

    private int Districts => (inspections + CommunesPerDistrict - 1) / CommunesPerDistrict;

    private string District(int index) => string.Create(CultureInfo.InvariantCulture, $"{_prefix}-huyen{index:D3}");

    private string Commune(int index) => string.Create(CultureInfo.InvariantCulture, $"{_prefix}-xa{index:D5}");
}
