using MatTran.Api.Plans;
using MatTran.Api.Problems;
using MatTran.Inspections.Committees;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Reports;
using MatTran.Inspections.Reports.Exports;
using MatTran.Inspections.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Api.Reports;

/// <summary>
/// The committee's record of the year (docs/api.md § Reports): per plan and per year and issuer, as JSON and as CSV
/// or XLSX exports of the same rows. Figures are computed from the plans and the workflows' read model on each call
/// (<see cref="ReportBuilder"/>); overdue counts are as of the plan's today (plan time for a rehearsal).
/// </summary>
public static class ReportsApi
{
    /// <summary><c>GET /api/reports/plans/{id}</c>.</summary>
    internal static async Task<Results<Ok<PlanReportResponse>, ProblemHttpResult>> PlanAsync(
        string id, PlanStore plans, InspectionStore inspections, UnitStore units, CommitteeDirectoryStore directories, PlanTime time,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await plans.FindAsync(id, cancellationToken) is not { } plan)
        {
            return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }

        var (sources, figures, tree) = await BuildAsync([plan], inspections, units, directories, time, clock, plan.IssuerUnitId, cancellationToken);
        return TypedResults.Ok(new PlanReportResponse(plan.Id, plan.Number, plan.Year, plan.IssuerUnitId, plan.Title, plan.Status, figures,
            ReportExportTables.InspectionList(sources, tree)));
    }

    /// <summary><c>GET /api/reports/years/{year}/issuers/{issuerUnitId}</c>: every plan of that issuer and year together.</summary>
    internal static async Task<Results<Ok<YearReportResponse>, ProblemHttpResult>> YearAsync(
        int year, string issuerUnitId, PlanStore plans, InspectionStore inspections, UnitStore units, CommitteeDirectoryStore directories,
        PlanTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await YearPlansAsync(year, issuerUnitId, plans, units, cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound(ProblemCodes.CommitteeNotFound, DirectoryTexts.CommitteeUnknown(issuerUnitId));
        }

        var (sources, figures, tree) = await BuildAsync(found.Plans, inspections, units, directories, time, clock, issuerUnitId, cancellationToken);
        return TypedResults.Ok(new YearReportResponse(year, issuerUnitId, found.IssuerName,
            [.. found.Plans.Select(p => new ReportPlanRef(p.Id, p.Number, p.Title, p.Status))], figures, ReportExportTables.InspectionList(sources, tree)));
    }

    /// <summary><c>GET /api/reports/plans/{id}/export?dataset=inspections|remediations|summary&amp;format=csv|xlsx</c>.</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PlanExportAsync(
        string id, string? dataset, string? format, PlanStore plans, InspectionStore inspections, UnitStore units, CommitteeDirectoryStore directories,
        PlanTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CheckExport(dataset, format) is { } problem)
        {
            return problem;
        }

        if (await plans.FindAsync(id, cancellationToken) is not { } plan)
        {
            return ApiProblems.NotFound(ProblemCodes.PlanNotFound, ApiTexts.PlanNotFound(id));
        }

        var (sources, figures, tree) = await BuildAsync([plan], inspections, units, directories, time, clock, plan.IssuerUnitId, cancellationToken);
        return File(ReportExportTables.Build(dataset!, sources, figures, tree), format!, $"{FileStem(plan.Number)}-{dataset}");
    }

    /// <summary><c>GET /api/reports/years/{year}/issuers/{issuerUnitId}/export?dataset=&amp;format=</c>.</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> YearExportAsync(
        int year, string issuerUnitId, string? dataset, string? format, PlanStore plans, InspectionStore inspections, UnitStore units,
        CommitteeDirectoryStore directories, PlanTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CheckExport(dataset, format) is { } problem)
        {
            return problem;
        }

        if (await YearPlansAsync(year, issuerUnitId, plans, units, cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound(ProblemCodes.CommitteeNotFound, DirectoryTexts.CommitteeUnknown(issuerUnitId));
        }

        var (sources, figures, tree) = await BuildAsync(found.Plans, inspections, units, directories, time, clock, issuerUnitId, cancellationToken);
        return File(ReportExportTables.Build(dataset!, sources, figures, tree), format!, $"{issuerUnitId}-{year}-{dataset}");
    }

    private static ProblemHttpResult? CheckExport(string? dataset, string? format)
    {
        if (dataset is null || !ReportExportTables.Datasets.Contains(dataset, StringComparer.Ordinal))
        {
            return ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.ExportDatasetInvalid, ReportTexts.DatasetInvalid);
        }

        return format is "csv" or "xlsx" ? null : ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.ExportFormatInvalid, ReportTexts.FormatInvalid);
    }

    private static FileContentHttpResult File(ExportTable table, string format, string stem) => format == "csv"
        ? TypedResults.File(CsvExport.Write(table), CsvExport.ContentType, stem + ".csv")
        : TypedResults.File(XlsxExport.Write(table), XlsxExport.ContentType, stem + ".xlsx");

    /// <summary>"325/KH-MTTQ-BTT" → "325-KH-MTTQ-BTT": a number as a file name.</summary>
    private static string FileStem(string number) => number.Replace('/', '-');

    private static async Task<(IReadOnlyList<StoredPlan> Plans, string IssuerName)?> YearPlansAsync(
        int year, string issuerUnitId, PlanStore plans, UnitStore units, CancellationToken cancellationToken)
    {
        if ((await units.DirectoryAsync(cancellationToken)).Find(issuerUnitId) is not { } issuer)
        {
            return null;
        }

        var found = new List<StoredPlan>();
        foreach (var summary in (await plans.ListAsync(year, cancellationToken)).Where(p => p.IssuerUnitId == issuerUnitId))
        {
            if (await plans.FindAsync(summary.Id, cancellationToken) is { } plan)
            {
                found.Add(plan);
            }
        }

        return (found, issuer.Name);
    }

    private static async Task<(IReadOnlyList<ReportSource> Sources, ReportFigures Figures, UnitDirectory Units)> BuildAsync(
        IReadOnlyList<StoredPlan> plans, InspectionStore inspections, UnitStore units, CommitteeDirectoryStore directories, PlanTime time,
        TimeProvider clock, string issuerUnitId, CancellationToken cancellationToken)
    {
        var sources = new List<ReportSource>();
        foreach (var plan in plans)
        {
            sources.Add(new ReportSource(plan, await inspections.ReadPlanForReportAsync(plan.Id, cancellationToken)));
        }

        // Overdue is counted on the latest "today" of the plans: a rehearsed plan's own clock, else the real date.
        var asOf = plans.Count == 0 ? PlanTime.Today(clock.GetUtcNow()) : plans.Select(p => PlanTime.Today(time.Now(p))).Max();
        var tree = await units.DirectoryAsync(cancellationToken);
        var figures = ReportBuilder.Build(sources, tree, await directories.ReadAsync(issuerUnitId, cancellationToken), asOf);
        return (sources, figures, tree);
    }
}
