using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Api.Plans;

/// <param name="FollowUps">Follow-up inspections (phúc tra) the plan's inspections led to, with their live stage.</param>
/// <param name="YearEndSummary">Tổng kết năm, once the plan has completed.</param>
/// <param name="Progress">The plan orchestration's live count of inspections closed, cancelled and running (null before launch).</param>
/// <param name="Rehearsal">How a rehearsed plan's clock runs; null for a plan in real time (or not launched).</param>
/// <param name="Targets">The programme's % targets, each with its wording.</param>
/// <param name="Documents">The plan's own documents: the annual plan (KH) once approved, the year-end report (BC) once completed.</param>
/// <param name="PlanTime">The plan's current time: real time, or for a rehearsal where its compressed clock stands now.</param>
public sealed record PlanResponse(
    string Id,
    string Number,
    int Year,
    string IssuerUnitId,
    string Title,
    IReadOnlyList<string> Topics,
    PlanStatus Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    string? LaunchedBy,
    DateTimeOffset? LaunchedAt,
    IReadOnlyList<PlanInspectionResponse> Inspections,
    IReadOnlyList<InspectionSummary> FollowUps,
    PlanYearEndSummary? YearEndSummary,
    PlanProgress? Progress,
    RehearsalResponse? Rehearsal,
    DateTimeOffset PlanTime,
    IReadOnlyList<PlanTargetResponse> Targets,
    IReadOnlyList<PlanDocumentView> Documents);
