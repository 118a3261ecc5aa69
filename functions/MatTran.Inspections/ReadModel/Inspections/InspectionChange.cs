using Azure.Data.Tables;
using MatTran.Inspections.Audit;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// One step's change to an inspection: a mutation of the summary, detail rows to upsert, and audit lines, written
/// together in one entity-group transaction.
/// </summary>
/// <param name="StepKey">Names the step uniquely within the inspection (e.g. "IssueNotice|2023-06-05T01:00:00Z"); it keys the step's marker row, so a redelivered step is recognised and not applied twice.</param>
/// <param name="Audit">Audit lines; may be empty for bookkeeping steps.</param>
/// <param name="Apply">Mutates the freshly read summary and returns the rows to upsert; called again on an ETag retry.</param>
internal sealed record InspectionChange(
    string StepKey,
    DateTimeOffset At,
    string Actor,
    IReadOnlyList<(AuditAction Action, string? Details)> Audit,
    Func<InspectionSummaryEntity, IReadOnlyList<ITableEntity>> Apply);
