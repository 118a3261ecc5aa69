using System.Globalization;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Reports;
using MatTran.Inspections.Reports.Exports;
using MatTran.Inspections.Units;

namespace MatTran.Api.Reports;

/// <summary>
/// The three exported data sets, built from the same sources as the JSON report so an export holds exactly the rows
/// the API lists: inspections (one row per engagement, merged visits left out), remediation items, and the summary
/// (one row per figure).
/// </summary>
public static class ReportExportTables
{
    public const string Inspections = "inspections";
    public const string Remediations = "remediations";
    public const string Summary = "summary";

    public static readonly IReadOnlyList<string> Datasets = [Inspections, Remediations, Summary];

    public static ExportTable Build(string dataset, IReadOnlyList<ReportSource> sources, ReportFigures figures, UnitDirectory units) => dataset switch
    {
        Inspections => InspectionRows(sources, units),
        Remediations => RemediationRows(sources, units, figures.AsOf),
        Summary => SummaryRows(figures),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, null),
    };

    /// <summary>Every engagement: the planned visits (with their live stage) and the follow-ups, by id.</summary>
    public static IReadOnlyList<ReportInspectionRow> InspectionList(IReadOnlyList<ReportSource> sources, UnitDirectory units) =>
        [.. sources.SelectMany(source =>
        {
            var live = source.Inspections.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var planned = source.Plan.Active.Select(i => live.TryGetValue(i.Id, out var row)
                ? Row(source.Plan, row.Id, row.UnitId, row.Kind, row.Stage, row.VisitDate, row.Rating, row.Remediations.Count, null, units)
                : Row(source.Plan, i.Id, i.Planned.UnitId, i.Planned.Kind, InspectionStage.Scheduled, i.Planned.VisitDate, null, 0, null, units));
            var followUps = source.Inspections.Where(r => r.ParentInspectionId is not null)
                .Select(r => Row(source.Plan, r.Id, r.UnitId, r.Kind, r.Stage, r.VisitDate, r.Rating, r.Remediations.Count, r.ParentInspectionId, units));
            return planned.Concat(followUps);
        }).OrderBy(r => r.Id, StringComparer.Ordinal)];

    private static ReportInspectionRow Row(
        StoredPlan plan, string id, string unitId, InspectionKind kind, InspectionStage stage, DateOnly visit, Rating? rating, int recommendations,
        string? parent, UnitDirectory units) =>
        new(id, plan.Id, plan.Number, unitId, units.Find(unitId)?.Name ?? unitId, units.Find(unitId)?.Level, kind, stage, visit, rating, recommendations, parent);

    private static ExportTable InspectionRows(IReadOnlyList<ReportSource> sources, UnitDirectory units) => new(
        "Cuộc kiểm tra, giám sát",
        ["Mã", "Số kế hoạch", "Mã đơn vị", "Đơn vị", "Cấp", "Hình thức", "Giai đoạn", "Ngày làm việc", "Xếp loại", "Số kiến nghị", "Phúc tra của"],
        [.. InspectionList(sources, units).Select(r => (IReadOnlyList<string>)
        [
            r.Id, r.PlanNumber, r.UnitId, r.UnitName, r.Level is { } level ? UnitTexts.LevelName(level) : string.Empty, InspectionTexts.KindName(r.Kind),
            InspectionTexts.StageName(r.Stage, r.Kind), Day(r.VisitDate), r.Rating?.DisplayName() ?? string.Empty,
            r.Recommendations.ToString(CultureInfo.InvariantCulture), r.ParentInspectionId ?? string.Empty,
        ])]);

    private static ExportTable RemediationRows(IReadOnlyList<ReportSource> sources, UnitDirectory units, DateOnly asOf) => new(
        "Kiến nghị",
        ["Mã", "Cuộc", "Đơn vị", "Kiến nghị", "Trách nhiệm thực hiện", "Ban, Văn phòng", "Cán bộ theo dõi", "Thời hạn", "Trạng thái", "Quá hạn"],
        [.. sources.SelectMany(s => s.Inspections).SelectMany(r => r.Remediations.Select(item => (r, item))).OrderBy(x => x.item.Id, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<string>)
            [
                x.item.Id, x.r.Id, units.Find(x.r.UnitId)?.Name ?? x.r.UnitId, x.item.Text, x.item.Responsible, x.item.DepartmentId ?? string.Empty,
                x.item.OwnerStaffId ?? string.Empty, Day(x.item.DueDate), RemediationTexts.StatusName(x.item.Status), x.item.IsOverdueOn(asOf) ? "Có" : "Không",
            ])]);

    private static ExportTable SummaryRows(ReportFigures f)
    {
        var rows = new List<IReadOnlyList<string>>();
        void Add(string section, string item, object value) => rows.Add([section, item, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty]);
        foreach (var c in f.PlannedVsDone)
        {
            string key = InspectionTexts.KindName(c.Kind) + " - " + UnitTexts.LevelName(c.Level);
            Add("Kế hoạch", key + ": kế hoạch", c.Planned);
            Add("Kế hoạch", key + ": hoàn thành", c.Done);
            Add("Kế hoạch", key + ": dừng", c.Cancelled);
            Add("Kế hoạch", key + ": đang thực hiện", c.InProgress);
        }

        foreach (var (stage, count) in f.Stages)
        {
            Add("Giai đoạn", InspectionTexts.StageName(stage), count);
        }

        foreach (var (rating, count) in f.Ratings.ByRating)
        {
            Add("Xếp loại", rating.DisplayName(), count);
        }

        Add("Xếp loại", "Tỷ lệ tốt trở lên (%)", f.Ratings.GoodOrAbove.Percent);
        Add("Kiến nghị", "Tổng số", f.Recommendations.Total);
        foreach (var (status, count) in f.Recommendations.ByStatus)
        {
            Add("Kiến nghị", RemediationTexts.StatusName(status), count);
        }

        Add("Kiến nghị", "Tỷ lệ khắc phục (%)", f.Recommendations.Accepted.Percent);
        Add("Kiến nghị", "Quá hạn", f.Recommendations.Overdue.Count);
        foreach (var t in f.FindingsByTopic)
        {
            Add("Nội dung", t.Topic + ": hạn chế", t.Limitations);
        }

        foreach (var t in f.Targets)
        {
            Add("Chỉ tiêu", t.Text + " (%)", t.Actual.Percent);
        }

        return new ExportTable("Tổng hợp", ["Mục", "Chỉ số", "Giá trị"], rows);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
