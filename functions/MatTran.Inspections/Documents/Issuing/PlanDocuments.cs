using System.Globalization;
using MatTran.Inspections.Committees;
using MatTran.Inspections.Documents.Numbering;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Reports;
using MatTran.Inspections.Workflows.Activities;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Documents.Issuing;

/// <summary>
/// Issues the plan's own documents as .docx in the Decree 30/2020 layout, stored versioned in Blob under
/// <c>{planId}/plan/{kind}/</c> and listed on the plan: the annual plan (KH) when the plan is approved, and the
/// year-end report (BC) when it completes. Each is keyed by the plan, so issuing again (a retried approval, a
/// redelivered activity) returns the same document, number and version.
/// </summary>
public sealed class PlanDocuments(
    PlanStore plans,
    InspectionStore inspections,
    UnitStore units,
    CommitteeDirectoryStore directories,
    DocumentStore documents,
    DocumentNumberAllocator numbers,
    IOptions<InspectionSchedulePolicy> policy)
{
    /// <summary>The inspection-id segment of the plan's own documents in the container (an inspection id always has a dot).</summary>
    public const string PlanSegment = "plan";

    /// <summary>
    /// Kế hoạch (KH) of an approved plan, dated on its approval day and numbered with the plan's own number (its
    /// number is the KH number, unique per issuer and year), signed by the committee's signer for the approver.
    /// </summary>
    public async Task<PlanDocumentView> IssueAnnualPlanAsync(string planId, CancellationToken cancellationToken = default)
    {
        var plan = await plans.FindAsync(planId, cancellationToken) ?? throw new InvalidOperationException($"Plan {planId} does not exist.");
        if (plan.Status == PlanStatus.Draft || plan.ApprovedAt is not { } approvedAt)
        {
            throw new InvalidOperationException($"Plan {planId} is not approved; its annual plan document is issued on approval.");
        }

        var tree = await units.DirectoryAsync(cancellationToken);
        var issuerUnit = tree.Find(plan.IssuerUnitId) ?? throw new InvalidOperationException($"Issuer {plan.IssuerUnitId} of plan {planId} does not exist.");
        var issuer = StandingBoardIssuer.For(issuerUnit, plan.Number);
        var date = LocalDate(approvedAt);
        var number = PlanNumber.TryParse(plan.Number, out var parsed)
            ? new DocumentNumber(parsed.Sequence, plan.Year, DocumentType.Plan, parsed.IssuerSymbol)
            : throw new InvalidOperationException($"Plan {planId} has no valid number ({plan.Number}).");
        var committee = await directories.ReadAsync(plan.IssuerUnitId, cancellationToken);
        var issue = new DocumentIssue(issuer, number, date, InspectionActivityServices.Signature(committee, plan.ApprovedBy), ReportTo(tree, issuerUnit.ParentId));
        return await StoreAsync(plan, DocumentKind.AnnualPlan, "ke-hoach-kiem-tra-giam-sat.docx", number, $"{planId}:annual-plan",
            new DocxWriter().Write(AnnualPlanTemplate.Build(issue, plan, tree)), approvedAt, cancellationToken);
    }

    /// <summary>
    /// Báo cáo (BC) of a completed plan at plan time <paramref name="at"/>: numbered from the issuer's gapless report
    /// sequence of that year, with the figures of the reports API as of that day.
    /// </summary>
    public async Task<PlanDocumentView> IssueYearEndReportAsync(string planId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var plan = await plans.FindAsync(planId, cancellationToken) ?? throw new InvalidOperationException($"Plan {planId} does not exist.");
        var tree = await units.DirectoryAsync(cancellationToken);
        var issuerUnit = tree.Find(plan.IssuerUnitId) ?? throw new InvalidOperationException($"Issuer {plan.IssuerUnitId} of plan {planId} does not exist.");
        var issuer = StandingBoardIssuer.For(issuerUnit, plan.Number);
        var date = LocalDate(at);
        string key = $"{planId}:year-end-report";
        var number = await numbers.AllocateAsync(issuer, DocumentType.Report, date.Year, key, cancellationToken);
        var committee = await directories.ReadAsync(plan.IssuerUnitId, cancellationToken);
        var figures = ReportBuilder.Build([new ReportSource(plan, await inspections.ReadPlanForReportAsync(planId, cancellationToken))], tree, committee, date);
        var planReference = new DocumentReference(plan.Number, LocalDate(plan.ApprovedAt ?? plan.CreatedAt), PlanSubject.About(plan.Title));
        var issue = new DocumentIssue(issuer, number, date, InspectionActivityServices.Signature(committee, plan.ApprovedBy), ReportTo(tree, issuerUnit.ParentId));
        return await StoreAsync(plan, DocumentKind.YearEndReport, "bao-cao-ket-qua-thuc-hien-ke-hoach.docx", number, key,
            new DocxWriter().Write(YearEndReportTemplate.Build(issue, planReference, figures)), at, cancellationToken);
    }

    private async Task<PlanDocumentView> StoreAsync(
        StoredPlan plan, DocumentKind kind, string fileName, DocumentNumber number, string key, byte[] content, DateTimeOffset storedAt,
        CancellationToken cancellationToken)
    {
        var stored = await documents.SaveAsync(new DocumentUpload
        {
            PlanId = plan.Id,
            InspectionId = PlanSegment,
            Kind = kind,
            FileName = fileName,
            ContentType = DocxWriter.ContentType,
            Content = BinaryData.FromBytes(content),
            Uploader = InspectionActivityServices.SystemActor,
            IdempotencyKey = key,
        }, cancellationToken);
        var view = new PlanDocumentView(
            string.Create(CultureInfo.InvariantCulture, $"{DocumentKindPaths.Segment(kind)}.v{stored.Version}"), kind, stored.Version, stored.FileName,
            stored.ContentType, stored.Length, stored.Sha256, number.Text, storedAt, stored.BlobName);
        return await plans.AddDocumentAsync(plan.Id, view, cancellationToken);
    }

    /// <summary>The parent committee's standing board, to whom the plan and its results are reported; none at the top.</summary>
    private static IReadOnlyList<string> ReportTo(Units.UnitDirectory tree, string? parentId) =>
        tree.Find(parentId) is { } parent ? [string.Format(CultureInfo.InvariantCulture, PlanDocumentTexts.RecipientsReportTo, parent.Name)] : [];

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(policy.Value.UtcOffset).DateTime);
}
