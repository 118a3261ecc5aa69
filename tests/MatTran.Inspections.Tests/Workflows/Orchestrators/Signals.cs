using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

/// <summary>Requests as the HTTP API raises them after validating them.</summary>
internal static class Signals
{
    public static InspectionSignal SelfReport(string unitId) =>
        new(InspectionSignalKind.SelfReport, "unit:" + unitId, DocumentId: "selfreport.v1");

    public static InspectionSignal Findings() => new(
        InspectionSignalKind.Findings,
        "truong.doan",
        Findings: new FindingsSubmission(
            [new Finding("Quỹ Vì người nghèo", FindingType.Achievement, "Vận động vượt chỉ tiêu.", [new Figure("Số tiền", 125_000_000m, FigureUnit.Vnd)])],
            "Dự thảo báo cáo kết quả kiểm tra."));

    public static InspectionSignal Feedback(string unitId) =>
        new(InspectionSignalKind.Feedback, "unit:" + unitId, Text: "Giải trình số liệu quý III.");

    public static InspectionSignal Conclusion(bool followUp = false, params DateOnly[] recommendationDueDates) => new(
        InspectionSignalKind.Conclusion,
        "truong.doan",
        Conclusion: new Conclusion(
            "Đơn vị thực hiện tốt các nội dung kiểm tra.",
            Rating.Tot,
            [.. recommendationDueDates.Select((d, i) => new Recommendation($"Kiến nghị {i + 1}", "Ban Thường trực", d))],
            followUp));

    public static InspectionSignal Approve() => new(InspectionSignalKind.Approve, "giam.sat");

    public static InspectionSignal Return() => new(InspectionSignalKind.Return, "giam.sat", Text: "Bổ sung số liệu.");

    public static InspectionSignal Cancel() => new(InspectionSignalKind.Cancel, "ke.hoach", Text: "Đơn vị sáp nhập.");

    public static InspectionSignal Reschedule(DateOnly visitDate) =>
        new(InspectionSignalKind.Reschedule, "ke.hoach", VisitDate: visitDate, Text: "Trùng lịch họp.");

    public static RemediationSignal Report() => new(RemediationSignalKind.Report, "unit:x", Text: "Đã khắc phục.", DocumentId: "evidence.v1");

    public static RemediationSignal Accept() => new(RemediationSignalKind.Accept, "truong.doan", Text: "Đạt.");

    public static RemediationSignal Reject(DateOnly newDueDate) =>
        new(RemediationSignalKind.Reject, "truong.doan", Text: "Chưa đủ minh chứng.", NewDueDate: newDueDate);
}
