using System.Text;

namespace MatTran.LocalHost.Tests.Rehearsal;

/// <summary>
/// A province committee (the planner's) and three district committees, with mailboxes unique to this run so the shared
/// maildev never mixes runs; and the plan, findings and conclusion the rehearsal submits.
/// </summary>
internal sealed class RehearsalUnits
{
    private RehearsalUnits(string prefix) => Prefix = prefix;

    public string Prefix { get; }

    public string Issuer => Prefix;

    public string UnitA => Prefix + "-hoaan";

    public string UnitB => Prefix + "-haquang";

    public string UnitC => Prefix + "-thachan";

    public string NameB => "Ủy ban MTTQ Việt Nam huyện Hà Quảng";

    public string EmailIssuer => $"vanphong.{Prefix}@caobang.example.vn";

    public string EmailA => $"hoaan.{Prefix}@caobang.example.vn";

    public string EmailB => $"haquang.{Prefix}@caobang.example.vn";

    public string EmailC => $"thachan.{Prefix}@caobang.example.vn";

    public static RehearsalUnits New() => new("r" + Guid.NewGuid().ToString("N")[..8]);

    public static string[] Topics { get; } =
    [
        "Tổ chức sinh hoạt Ban công tác Mặt trận khu dân cư",
        "Vận động Quỹ \"Vì người nghèo\", hỗ trợ xây nhà Đại đoàn kết",
    ];

    public string Csv() => new StringBuilder()
        .AppendLine("id,name,level,parentId,email")
        .AppendLine($"{Issuer},Ủy ban MTTQ Việt Nam tỉnh Cao Bằng,Province,,{EmailIssuer}")
        .AppendLine($"{UnitA},Ủy ban MTTQ Việt Nam huyện Hòa An,District,{Issuer},{EmailA}")
        .AppendLine($"{UnitB},{NameB},District,{Issuer},{EmailB}")
        .AppendLine($"{UnitC},Ủy ban MTTQ Việt Nam huyện Thạch An,District,{Issuer},{EmailC}")
        .ToString();

    /// <summary>Three visits in March, after Tết, a day apart.</summary>
    public object Plan(int year) => new
    {
        number = "325/KH-MTTQ-BTT",
        year,
        issuerUnitId = Issuer,
        title = $"Kế hoạch kiểm tra công tác Mặt trận năm {year}",
        topics = Topics,
        inspections = new[]
        {
            Inspection(UnitA, "Inspection", new DateOnly(year, 3, 9), year),
            Inspection(UnitB, "Inspection", new DateOnly(year, 3, 10), year),
            Inspection(UnitC, "Supervision", new DateOnly(year, 3, 11), year),
        },
    };

    public object Findings(string draft) => new
    {
        findings = new object[]
        {
            new { topic = Topics[0], type = "Achievement", text = "100% khu dân cư sinh hoạt định kỳ theo quy định.", figures = new[] { new { label = "Khu dân cư", value = 42m, unit = "Count" } } },
            new { topic = Topics[1], type = "Limitation", text = "Sổ theo dõi Quỹ chưa cập nhật kịp thời.", figures = new[] { new { label = "Quỹ Vì người nghèo", value = 7955058171m, unit = "Vnd" } } },
        },
        draftReport = draft,
    };

    /// <summary>Three recommendations, all due 45 days after the conclusion; rated Khá.</summary>
    public object Conclusion(DateOnly today) => new
    {
        text = "Ban Thường trực Ủy ban MTTQ huyện đã triển khai cơ bản đầy đủ các nội dung; còn một số hạn chế cần khắc phục.",
        rating = "Kha",
        recommendations = new[]
        {
            new { text = "Ban hành quy chế phối hợp với chính quyền cùng cấp", responsible = "Ban Thường trực Ủy ban MTTQ huyện", dueDate = DueDate(today) },
            new { text = "Cập nhật sổ sách Quỹ \"Vì người nghèo\"", responsible = "Thường trực Ban vận động Quỹ", dueDate = DueDate(today) },
            new { text = "Kiện toàn Ban công tác Mặt trận các khu dân cư còn thiếu", responsible = "Ban Thường trực Ủy ban MTTQ huyện", dueDate = DueDate(today) },
        },
        followUp = false,
    };

    /// <summary>Far enough ahead that two items are reported, judged and accepted on the rehearsal clock before it.</summary>
    public DateOnly DueDate(DateOnly today) => today.AddDays(45);

    private object Inspection(string unitId, string kind, DateOnly visit, int year) => new
    {
        unitId,
        kind,
        visitDate = visit,
        coveredPeriod = new { from = new DateOnly(year - 1, 1, 1), to = new DateOnly(year - 1, 12, 31) },
        teamLead = "Phó Chủ tịch Ủy ban MTTQ tỉnh",
        members = new[] { "Ban Dân chủ - Pháp luật", "Ban Phong trào" },
        siteVisits = Array.Empty<string>(),
    };
}
