using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Step 7: the supervisor approved. The conclusion notice (TB) is numbered, written and stored, the unit is emailed
/// with a remediation link valid until 60 days after the last due date, stage ConclusionIssued; returns one remediation
/// input per recommendation. The remediation items are not listed here: each is opened by its own Remediation
/// workflow's first step (<see cref="ScheduleRemediation"/>), so the read model never shows an item whose workflow
/// does not exist yet (a request raised to it would be lost; docs/workflows.md § Remediation items).
/// </summary>
public sealed class IssueConclusion(InspectionActivityServices services) : TaskActivity<ApprovalStep, IssuedConclusion>
{
    public override async Task<IssuedConclusion> RunAsync(TaskActivityContext context, ApprovalStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        string id = input.InspectionId;
        var inspection = await services.LoadAsync(id, ct);
        var summary = inspection.Summary;
        var view = ReadModelJson.ReadOptional<ConclusionView>(summary.Conclusion)
            ?? throw new InvalidOperationException($"Inspection {id} has no submitted conclusion to issue.");
        var conclusion = view.Conclusion;
        var today = services.LocalDate(input.At);
        var at = StepKeys.Utc(input.At);

        var drafts = await services.Inspections.ReadRowsAsync<DraftReportView>(id, InspectionRowKeys.DraftPrefix, ct);
        IReadOnlyList<Finding> findings = drafts.Count > 0 ? drafts[^1].Findings : [];
        var teamDecision = new DocumentReference(
            summary.DecisionNumber ?? string.Empty,
            summary.DecisionDate is { } decided ? InspectionStore.ParseDate(decided) : today,
            InspectionDocumentTexts.ActivityNoun(summary.Kind));
        var facts = services.Facts(inspection);
        // "Trách nhiệm thực hiện" prints names: a responsible party given as a unit id is the unit's name.
        var unitNames = await services.UnitNamesAsync(conclusion.Recommendations.Select(r => r.Responsible), ct);
        var printed = conclusion with
        {
            Recommendations = [.. conclusion.Recommendations.Select(r => r with { Responsible = unitNames.GetValueOrDefault(r.Responsible) ?? r.Responsible })],
        };
        // Each item carries its addressee (department, unit, owner) to its workflow, whose first step lists it.
        var remediations = printed.Recommendations
            .Select((r, index) => new RemediationInput(
                WorkflowInstanceIds.ForRemediation(id, index), id, summary.PlanId, summary.UnitId, index, r.Text, r.Responsible, r.DueDate, input.Clock,
                input.Signal.Actor, r.DepartmentId, r.UnitId, r.OwnerStaffId))
            .ToList();
        var document = await services.IssueDocumentAsync(inspection, DocumentType.Notice, DocumentKind.Conclusion,
            "thong-bao-ket-luan.docx", input.At, $"{id}:conclusion",
            issue => ConclusionNoticeTemplate.Build(issue, facts, new ConclusionContent(teamDecision, findings, printed)), ct);


        var result = await services.ChangeAsync(id, StepKeys.For(nameof(IssueConclusion), input, input.Signal), input.At, input.Signal.Actor,
            [(AuditAction.ConclusionApproved, null), (AuditAction.ConclusionIssued, document.Number)], entity =>
            {
                entity.Conclusion = ReadModelJson.Write(view with
                {
                    Status = ConclusionStatus.Approved,
                    DecidedBy = input.Signal.Actor,
                    DecidedAt = at,
                    ReturnComment = null,
                    Number = document.Number,
                    DocumentId = document.Id,
                });
                entity.Stage = InspectionStage.ConclusionIssued;
                return [];
            }, ct);

        inspection = inspection with { Summary = result.Summary };
        var lastDue = remediations.Count > 0 ? remediations.Max(r => r.DueDate) : today;
        var validThrough = lastDue.AddDays(SendReminder.RemediationLinkDaysAfterDue);
        var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, lastDue,
            services.UnitLink(inspection, UnitLinkPurpose.RemediationReport, validThrough), validThrough, today);
        await services.SendToUnitAsync(inspection, EmailTemplateId.ConclusionIssued, values, $"{id}:conclusion", input.At, ct);
        return new IssuedConclusion(remediations, conclusion.FollowUp, conclusion.Rating);
    }
}
