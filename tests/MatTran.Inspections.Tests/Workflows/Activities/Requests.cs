using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>Requests as the HTTP API would raise them, with realistic content.</summary>
internal static class Requests
{
    public static readonly DateOnly FirstDue = new(2023, 9, 29);
    public static readonly DateOnly SecondDue = new(2023, 10, 31);

    public static InspectionSignal Findings() => new(InspectionSignalKind.Findings, "truongdoan", Findings: new FindingsSubmission(
        [
            new Finding("Quỹ Vì người nghèo", FindingType.Achievement, "Vận động được 1.250.000.000 đồng.", [new Figure("Số tiền vận động", 1_250_000_000m, FigureUnit.Vnd)]),
            new Finding("Quỹ Vì người nghèo", FindingType.Limitation, "Sổ sách thu chi chưa cập nhật kịp thời.", []),
        ],
        "Dự thảo báo cáo kết quả kiểm tra tại Ủy ban MTTQ Việt Nam xã Hạnh Sơn."));

    public static InspectionSignal Conclusion(bool followUp = false) => new(InspectionSignalKind.Conclusion, "truongdoan", Conclusion: new Conclusion(
        "Đơn vị cơ bản thực hiện tốt các nội dung kiểm tra.",
        Rating.Tot,
        [
            new Recommendation("Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo", "Ban Thường trực Ủy ban MTTQ xã", FirstDue),
            new Recommendation("Công khai danh sách hộ được hỗ trợ", "Ban công tác Mặt trận các khu dân cư", SecondDue),
        ],
        followUp));

    public static InspectionSignal Approve() => new(InspectionSignalKind.Approve, "giamsat");
}
