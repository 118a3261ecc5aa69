using System.Globalization;
using System.Text;

namespace MatTran.YearScenario;

/// <summary>
/// One province committee and a district committee per inspection, with ids and mailboxes unique to one run (so runs
/// share one Azurite and one maildev), and what the people in the year submit. Every inspection runs the same course in
/// every run; the odd ones end with one recommendation that the unit remedies and the team accepts, the even ones with
/// none. Shared source of the crash-recovery test and the lifecycle benchmark.
/// </summary>
internal sealed class ScenarioYear(string prefix, int year, int inspections = ScenarioYear.DefaultInspections)
{
    public const int DefaultInspections = 5;

    public int Inspections { get; } = inspections;

    public static readonly string[] Topics =
    [
        "Tổ chức sinh hoạt Ban công tác Mặt trận khu dân cư",
        "Vận động Quỹ \"Vì người nghèo\", hỗ trợ xây nhà Đại đoàn kết",
    ];

    private static readonly string[] Districts = ["Hòa An", "Hà Quảng", "Thạch An", "Trùng Khánh", "Bảo Lạc"];

    public string Prefix { get; } = prefix;

    public int Year { get; } = year;

    public string Issuer => Prefix;

    /// <summary>Visits on five consecutive days from 9 March (after Tết), several units a day when there are more than five.</summary>
    public static DateOnly Visit(int year, int index) => new(year, 3, 9 + (index % 5));

    public string Unit(int index) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-h{index}");

    public string Email(int index) => string.Create(CultureInfo.InvariantCulture, $"h{index}.{Prefix}@caobang.example.vn");

    public static bool HasRecommendation(int index) => index % 2 == 1;

    public string UnitsCsv()
    {
        var csv = new StringBuilder("id,name,level,parentId,email\n")
            .Append(CultureInfo.InvariantCulture, $"{Issuer},Ủy ban MTTQ Việt Nam tỉnh Cao Bằng,Province,,vanphong.{Prefix}@caobang.example.vn\n");
        for (int i = 0; i < Inspections; i++)
        {
            string district = i < Districts.Length ? Districts[i] : string.Create(CultureInfo.InvariantCulture, $"số {i + 1}");
            csv.Append(CultureInfo.InvariantCulture, $"{Unit(i)},Ủy ban MTTQ Việt Nam huyện {district},District,{Issuer},{Email(i)}\n");
        }

        return csv.ToString();
    }

    public object Plan() => new
    {
        number = "325/KH-MTTQ-BTT",
        year = Year,
        issuerUnitId = Issuer,
        title = $"Kế hoạch kiểm tra, giám sát công tác Mặt trận năm {Year}",
        topics = Topics,
        inspections = Enumerable.Range(0, Inspections).Select(i => new
        {
            unitId = Unit(i),
            kind = i == 2 ? "Supervision" : "Inspection",
            visitDate = Visit(Year, i),
            coveredPeriod = new { from = new DateOnly(Year - 1, 1, 1), to = new DateOnly(Year - 1, 12, 31) },
            teamLead = "Phó Chủ tịch Ủy ban MTTQ tỉnh",
            members = new[] { "Ban Dân chủ - Pháp luật", "Ban Phong trào" },
            siteVisits = Array.Empty<string>(),
        }).ToArray(),
    };

    public static object Findings() => new
    {
        findings = new object[]
        {
            new { topic = Topics[0], type = "Achievement", text = "100% khu dân cư sinh hoạt định kỳ theo quy định.", figures = new[] { new { label = "Khu dân cư", value = 42m, unit = "Count" } } },
            new { topic = Topics[1], type = "Limitation", text = "Sổ theo dõi Quỹ chưa cập nhật kịp thời.", figures = new[] { new { label = "Quỹ Vì người nghèo", value = 7955058171m, unit = "Vnd" } } },
        },
        draftReport = "Dự thảo báo cáo kết quả kiểm tra",
    };

    /// <summary>Rated Khá with one recommendation due 60 plan days ahead (never overdue however often the host dies), or Tốt with none.</summary>
    public static object Conclusion(int index, DateOnly today) => HasRecommendation(index)
        ? new
        {
            text = "Đơn vị triển khai cơ bản đầy đủ các nội dung; còn hạn chế cần khắc phục.",
            rating = "Kha",
            recommendations = new object[]
            {
                new { text = "Cập nhật sổ sách Quỹ \"Vì người nghèo\"", responsible = "Thường trực Ban vận động Quỹ", dueDate = today.AddDays(60) },
            },
            followUp = false,
        }
        : new
        {
            text = "Đơn vị thực hiện tốt các nội dung kiểm tra.",
            rating = "Tot",
            recommendations = Array.Empty<object>(),
            followUp = false,
        };
}
