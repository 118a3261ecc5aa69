using MatTran.Inspections.Documents;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Tests.Documents;

/// <summary>A province standing board inspecting a commune, as in the seed reports.</summary>
internal static class SampleDocuments
{
    public static readonly DocumentIssuer Issuer = new(
        Id: "tinh-cao-bang",
        ParentBody: "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng",
        Body: "Ban Thường trực",
        FullName: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng",
        Symbol: "MTTQ-BTT",
        Place: "Cao Bằng");

    public static readonly SignatureBlock Signature = new("TM. Ban Thường trực", "Phó Chủ tịch", "Nguyễn Thị Bích Nhiệm");

    public static readonly InspectionFacts Facts = new()
    {
        Kind = InspectionKind.Inspection,
        UnitName = "Ủy ban MTTQ Việt Nam xã Hạnh Sơn",
        Plan = new DocumentReference("325/KH-MTTQ-BTT", new DateOnly(2023, 2, 15), "công tác kiểm tra, giám sát năm 2023"),
        Topics = ["Việc thực hiện Điều lệ và các quy định của Mặt trận", "Quỹ Vì người nghèo"],
        CoveredFrom = new DateOnly(2022, 1, 1),
        CoveredTo = new DateOnly(2023, 5, 31),
        VisitDate = new DateOnly(2023, 6, 19),
        VisitPlace = "trụ sở Ủy ban MTTQ Việt Nam xã Hạnh Sơn",
        Team =
        [
            new TeamMemberLine("Hoàng Văn Thụ", "Ủy viên Ban Thường trực", TeamRole.Member),
            new TeamMemberLine("Bùi Huy Toàn", "Phó Chủ tịch Ủy ban MTTQ tỉnh", TeamRole.Lead),
        ],
    };

    public static DocumentIssue Issue(DocumentType type, int sequence = 12) => new(
        Issuer,
        new DocumentNumber(sequence, 2023, type, Issuer.Symbol),
        new DateOnly(2023, 6, 5),
        Signature,
        ["Thường trực Tỉnh ủy (để báo cáo)"]);

    public static readonly DocumentReference TeamDecision = new("12/QĐ-MTTQ-BTT", new DateOnly(2023, 6, 5), "thành lập Đoàn kiểm tra");

    public static readonly ConclusionContent Conclusion = new(
        TeamDecision,
        [
            new Finding("Quỹ Vì người nghèo", FindingType.Achievement, "Vận động xây dựng Quỹ vượt chỉ tiêu",
                [new Figure("Tổng số tiền vận động được", 7_955_058_171m, FigureUnit.Vnd)]),
            new Finding("Quỹ Vì người nghèo", FindingType.Limitation, "Sổ sách theo dõi chưa cập nhật kịp thời", []),
            new Finding("Việc thực hiện Điều lệ và các quy định của Mặt trận", FindingType.Achievement, "Duy trì sinh hoạt định kỳ hằng quý", []),
            new Finding("Quỹ Vì người nghèo", FindingType.Achievement, "Hỗ trợ xây dựng nhà Đại đoàn kết",
                [new Figure("Nhà Đại đoàn kết", 12, FigureUnit.Count)]),
        ],
        new Conclusion(
            "Ủy ban MTTQ xã đã triển khai đầy đủ các nội dung theo kế hoạch.",
            Rating.Tot,
            [new Recommendation("Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo", "Ban Thường trực Ủy ban MTTQ xã", new DateOnly(2023, 9, 30))],
            FollowUp: true));

    public static OfficialDocument Decision() => TeamDecisionTemplate.Build(Issue(DocumentType.Decision), Facts);

    public static OfficialDocument Notice() =>
        InspectionNoticeTemplate.Build(Issue(DocumentType.Notice, 31), Facts, TeamDecision, new DateOnly(2023, 6, 14));

    public static OfficialDocument ConclusionNotice() =>
        ConclusionNoticeTemplate.Build(Issue(DocumentType.Notice, 47), Facts, Conclusion);
}
