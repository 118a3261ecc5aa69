using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// The inspections read model in table <c>inspections</c>: one partition per inspection id holding a
/// <c>summary</c> row and detail rows (<see cref="InspectionRowKeys"/>). Each workflow step is one entity-group
/// transaction in that partition: the summary replaced under its ETag with its version bumped, the step's marker row
/// inserted (insert-if-absent, which is what makes a redelivered step a no-op), audit rows keyed by that version (so the
/// trail reads in the order the steps were applied), detail rows upserted under deterministic keys.
/// </summary>
public sealed class InspectionStore(TableClient table, TimeProvider time)
{
    public const string DefaultTableName = "inspections";

    /// <summary>Concurrent steps on one inspection are rare (a signal racing a timer); this bounds a pathological loop.</summary>
    private const int MaxAttempts = 20;

    private const string DateFormat = "yyyy-MM-dd";

    private int _tableReady;

    public async Task<InspectionDetails?> GetAsync(string inspectionId, CancellationToken cancellationToken = default)
    {
        if (!IsKey(inspectionId))
        {
            return null;
        }

        var summary = await ReadSummaryAsync(inspectionId, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        // Every detail prefix sorts before "step|" (and "summary"), so one range query reads them all and skips the markers.
        var rows = new List<InspectionRowEntity>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {inspectionId} and RowKey lt {InspectionRowKeys.StepPrefix}");
        await foreach (var row in table.QueryAsync<InspectionRowEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return ToDetails(summary, rows);
    }

    /// <summary>Summary rows matching every given filter, ordered by id.</summary>
    public Task<IReadOnlyList<InspectionSummary>> ListAsync(
        string? planId = null, string? unitId = null, InspectionStage? stage = null, CancellationToken cancellationToken = default) =>
        ListAsync(planId, unitId, stage, ledBy: null, cancellationToken);

    /// <summary>
    /// Summary rows matching every given filter whose team line <paramref name="ledBy"/> accepts (given the plan id and
    /// the team line as the plan wrote it), ordered by id; null accepts every row.
    /// </summary>
    public async Task<IReadOnlyList<InspectionSummary>> ListAsync(
        string? planId, string? unitId, InspectionStage? stage, Func<string, string, ValueTask<bool>>? ledBy, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        // One filter whose values are all holes of one format, so every value is quoted by CreateQueryFilter.
        var format = new StringBuilder("RowKey eq {0}");
        var values = new List<object?> { InspectionRowKeys.Summary };
        void Where(string property, string? value)
        {
            if (value is not null)
            {
                format.Append(CultureInfo.InvariantCulture, $" and {property} eq {{{values.Count}}}");
                values.Add(value);
            }
        }

        Where(nameof(InspectionSummaryEntity.PlanId), planId);
        Where(nameof(InspectionSummaryEntity.UnitId), unitId);
        Where(nameof(InspectionSummaryEntity.Stage), stage?.ToString());
        string filter = TableClient.CreateQueryFilter(FormattableStringFactory.Create(format.ToString(), [.. values]));

        var summaries = new List<InspectionSummary>();
        await foreach (var entity in table.QueryAsync<InspectionSummaryEntity>(filter, cancellationToken: cancellationToken))
        {
            if (ledBy is null || await ledBy(entity.PlanId, entity.TeamLead))
            {
                summaries.Add(ToSummary(entity));
            }
        }

        return [.. summaries.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every inspection of one plan (follow-ups included) with what the reports need, in one range query: an
    /// inspection's partition key is its id, "{planId}.{n}", so the plan's partitions lie between "{planId}." and
    /// "{planId}/"; only summary, draft and remediation rows are read.
    /// </summary>
    public async Task<IReadOnlyList<InspectionReportRow>> ReadPlanForReportAsync(string planId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(planId);
        await EnsureTableAsync(cancellationToken);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {planId + "."} and PartitionKey lt {planId + "/"} and (RowKey eq {InspectionRowKeys.Summary} or (RowKey ge {InspectionRowKeys.DraftPrefix} and RowKey lt {InspectionRowKeys.End(InspectionRowKeys.DraftPrefix)}) or (RowKey ge {InspectionRowKeys.RemediationPrefix} and RowKey lt {InspectionRowKeys.End(InspectionRowKeys.RemediationPrefix)}))");
        var summaries = new List<TableEntity>();
        var drafts = new Dictionary<string, DraftReportView>(StringComparer.Ordinal);
        var remediations = new Dictionary<string, List<RemediationItem>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == InspectionRowKeys.Summary)
            {
                summaries.Add(row);
                continue;
            }

            var detail = new InspectionRowEntity { Json = JoinJson(row) };
            if (row.RowKey.StartsWith(InspectionRowKeys.DraftPrefix, StringComparison.Ordinal))
            {
                // Key order is revision order, so the last one read is the latest.
                drafts[row.PartitionKey] = detail.Read<DraftReportView>();
            }
            else
            {
                (remediations.TryGetValue(row.PartitionKey, out var items) ? items : remediations[row.PartitionKey] = []).Add(detail.Read<RemediationItem>());
            }
        }

        // Enums are stored by name; the summary's own columns are read as written by InspectionSummaryEntity.
        return [.. summaries.Where(s => s.GetString(nameof(InspectionSummaryEntity.PlanId)) == planId).OrderBy(s => s.PartitionKey, StringComparer.Ordinal).Select(s =>
        {
            string id = s.PartitionKey;
            string? rating = s.GetString(nameof(InspectionSummaryEntity.Rating));
            return new InspectionReportRow(
                id, planId, s.GetString(nameof(InspectionSummaryEntity.UnitId)),
                Enum.Parse<InspectionKind>(s.GetString(nameof(InspectionSummaryEntity.Kind))),
                Enum.Parse<InspectionStage>(s.GetString(nameof(InspectionSummaryEntity.Stage))),
                ParseDate(s.GetString(nameof(InspectionSummaryEntity.VisitDate))),
                s.GetString(nameof(InspectionSummaryEntity.ParentInspectionId)),
                rating is null ? null : Enum.Parse<Ratings.Rating>(rating),
                drafts.TryGetValue(id, out var draft) ? draft.Findings : [],
                remediations.TryGetValue(id, out var items) ? [.. items.OrderBy(i => i.RecommendationIndex)] : []);
        })];
    }

    /// <summary>
    /// Remediation items across plans matching every given filter (values quoted by <c>CreateQueryFilter</c>): the
    /// issuing committee, the department or unit the item is addressed to (a unit matches the inspected unit too), the
    /// status. Reads the filter columns of the remediation rows (<see cref="InspectionRowEntity.ForRemediation"/>).
    /// </summary>
    public async Task<IReadOnlyList<RemediationListEntry>> ListRemediationsAsync(
        string? issuerUnitId = null, string? departmentId = null, string? unitId = null, RemediationStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var format = new StringBuilder("RowKey ge {0} and RowKey lt {1}");
        var values = new List<object?> { InspectionRowKeys.RemediationPrefix, InspectionRowKeys.End(InspectionRowKeys.RemediationPrefix) };
        void Where(string clause, params string?[] holes)
        {
            if (holes[0] is null)
            {
                return;
            }

            var positions = holes.Select(h =>
            {
                values.Add(h);
                return (object)("{" + (values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}");
            }).ToArray();
            format.Append(" and ").Append(string.Format(CultureInfo.InvariantCulture, clause, positions));
        }

        Where("IssuerUnitId eq {0}", issuerUnitId);
        Where("DepartmentId eq {0}", departmentId);
        Where("(InspectedUnitId eq {0} or AddresseeUnitId eq {1})", unitId, unitId);
        Where("Status eq {0}", status?.ToString());
        string filter = TableClient.CreateQueryFilter(FormattableStringFactory.Create(format.ToString(), [.. values]));

        var entries = new List<RemediationListEntry>();
        await foreach (var row in table.QueryAsync<InspectionRowEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.PlanId is null)
            {
                continue; // written before the list's columns existed
            }

            entries.Add(new RemediationListEntry(row.Read<RemediationItem>(), row.PlanId, row.IssuerUnitId ?? string.Empty, row.InspectedUnitId ?? string.Empty));
        }

        return [.. entries.OrderBy(e => e.Item.DueDate).ThenBy(e => e.Item.Id, StringComparer.Ordinal)];
    }

    private static string JoinJson(TableEntity row)
    {
        var parts = Enumerable.Range(1, 15).Select(i => row.GetString("Json" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        return TextChunks.Join(parts) ?? "{}";
    }

    public async Task<RemediationRecord?> GetRemediationAsync(string remediationId, CancellationToken cancellationToken = default)
    {
        if (WorkflowInstanceIds.InspectionOfRemediation(remediationId) is not { } inspectionId || !IsKey(remediationId))
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<InspectionRowEntity>(
            inspectionId, InspectionRowKeys.Remediation(remediationId), cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var summary = await ReadSummaryAsync(inspectionId, cancellationToken);
        return summary is null ? null : new RemediationRecord(row.Value!.Read<RemediationItem>(), summary.PlanId, summary.UnitId);
    }

    public async Task<InspectionDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        if (!InspectionDocumentIds.TryParse(documentId, out var inspectionId, out _, out _) || !IsKey(documentId))
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<InspectionRowEntity>(
            inspectionId, InspectionRowKeys.Document(documentId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.Read<InspectionDocument>() : null;
    }

    /// <summary>
    /// Lists a stored document on its inspection. Idempotent by document id: a document already listed is returned as
    /// listed (the first record wins), so a redelivered step cannot change its number or time.
    /// </summary>
    public async Task<InspectionDocument> AddDocumentAsync(
        StoredDocument stored, DateTimeOffset storedAt, string? number = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await EnsureTableAsync(cancellationToken);
        string id = InspectionDocumentIds.For(stored.InspectionId, stored.Kind, stored.Version);
        var document = new InspectionDocument(id, stored.InspectionId, stored.Kind, stored.Version, stored.FileName, stored.ContentType,
            stored.Length, stored.Sha256, stored.Uploader, storedAt, stored.BlobName, number);
        try
        {
            await table.AddEntityAsync(InspectionRowEntity.For(stored.InspectionId, InspectionRowKeys.Document(id), document), cancellationToken);
            return document;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await GetDocumentAsync(id, cancellationToken))
                ?? throw new InvalidOperationException($"Document {id} was reported as listed but cannot be read.", e);
        }
    }

    /// <summary>
    /// Lists a remediation item on its inspection, insert-if-absent: an item already listed is returned as it is (its
    /// workflow may have moved it on), so a redelivered opening changes nothing.
    /// </summary>
    internal async Task<RemediationItem> AddRemediationAsync(
        RemediationItem item, string planId, string inspectedUnitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await EnsureTableAsync(cancellationToken);
        try
        {
            // With the columns the cross-plan remediation list filters on (plan, issuer, units, department, status).
            await table.AddEntityAsync(InspectionRowEntity.ForRemediation(planId, inspectedUnitId, item), cancellationToken);
            return item;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await GetRemediationAsync(item.Id, cancellationToken))?.Item
                ?? throw new InvalidOperationException($"Remediation {item.Id} was reported as listed but cannot be read.", e);
        }
    }

    /// <summary>Creates an inspection's summary with its first audit line; false when it already exists (left unchanged).</summary>
    internal async Task<bool> CreateAsync(InspectionSummaryEntity summary, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        summary.RowKey = InspectionRowKeys.Summary;
        summary.PartitionKey = summary.Id;
        summary.UpdatedAt = audit.At;
        summary.WrittenAt = time.GetUtcNow();
        summary.Version = 1;
        try
        {
            await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, summary),
                new TableTransactionAction(TableTransactionActionType.Add,
                    InspectionRowEntity.For(summary.Id, InspectionRowKeys.Audit(summary.Version, 0), audit)),
            ], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies one step's change in one transaction. A step whose marker row exists was applied before and is not
    /// applied again; a summary changed since it was read (412) is read again and the change re-decided.
    /// </summary>
    internal async Task<InspectionChangeResult> ChangeAsync(string inspectionId, InspectionChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await EnsureTableAsync(cancellationToken);
        string marker = InspectionRowKeys.Step(change.StepKey);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var summary = await ReadSummaryAsync(inspectionId, cancellationToken)
                ?? throw new InvalidOperationException($"Inspection {inspectionId} is not in the read model.");
            var done = await table.GetEntityIfExistsAsync<InspectionRowEntity>(inspectionId, marker, cancellationToken: cancellationToken);
            if (done.HasValue)
            {
                return new InspectionChangeResult(false, summary);
            }

            var rows = change.Apply(summary);
            summary.UpdatedAt = change.At;
            summary.WrittenAt = time.GetUtcNow();
            summary.Version++;
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.UpdateReplace, summary, summary.ETag),
                new(TableTransactionActionType.Add, InspectionRowEntity.For(inspectionId, marker, new AppliedStep(change.StepKey, change.At))),
            };
            actions.AddRange(change.Audit.Select((line, index) => new TableTransactionAction(TableTransactionActionType.Add,
                InspectionRowEntity.For(inspectionId, InspectionRowKeys.Audit(summary.Version, index),
                    new AuditEntry(change.At, change.Actor, line.Action, summary.PlanId, inspectionId, line.Details)))));
            actions.AddRange(rows.Select(row =>
            {
                row.PartitionKey = inspectionId;
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
            }));

            try
            {
                var response = await table.SubmitTransactionAsync(actions, cancellationToken);
                summary.ETag = response.Value[0].Headers.ETag ?? summary.ETag;
                return new InspectionChangeResult(true, summary);
            }
            catch (TableTransactionFailedException e) when (e.Status == 412)
            {
                // Another step changed the summary since we read it: read again and re-decide.
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // A concurrent delivery of this same step landed first.
                var current = await ReadSummaryAsync(inspectionId, cancellationToken)
                    ?? throw new InvalidOperationException($"Inspection {inspectionId} disappeared.", e);
                return new InspectionChangeResult(false, current);
            }
        }

        throw new InvalidOperationException($"Inspection {inspectionId} kept changing while step '{change.StepKey}' was applied.");
    }

    internal async Task<InspectionSummaryEntity?> ReadSummaryAsync(string inspectionId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<InspectionSummaryEntity>(inspectionId, InspectionRowKeys.Summary, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The records under one row-key prefix of an inspection's partition, in key order.</summary>
    internal async Task<IReadOnlyList<T>> ReadRowsAsync<T>(string inspectionId, string prefix, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {inspectionId} and RowKey ge {prefix} and RowKey lt {InspectionRowKeys.End(prefix)}");
        var records = new List<T>();
        await foreach (var row in table.QueryAsync<InspectionRowEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(row.Read<T>());
        }

        return records;
    }

    internal static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    internal static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    internal static InspectionSummary ToSummary(InspectionSummaryEntity e) =>
        new(e.Id, e.PlanId, e.UnitId, e.Kind, e.Stage, ParseDate(e.VisitDate), e.ParentInspectionId, e.UpdatedAt);

    private static InspectionDetails ToDetails(InspectionSummaryEntity e, List<InspectionRowEntity> rows)
    {
        List<T> Rows<T>(string prefix) => rows
            .Where(r => r.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(r => r.RowKey, StringComparer.Ordinal)
            .Select(r => r.Read<T>())
            .ToList();

        return new InspectionDetails(
            ToSummary(e),
            new CoveredPeriod(ParseDate(e.CoveredFrom), ParseDate(e.CoveredTo)),
            e.TeamLead,
            JsonSerializer.Deserialize<string[]>(e.Members) ?? [],
            JsonSerializer.Deserialize<string[]>(e.SiteVisits) ?? [],
            ReadModelJson.ReadOptional<InspectionSchedule>(e.Schedule),
            ReadModelJson.ReadOptional<WindowSchedule>(e.FeedbackWindow),
            ReadModelJson.ReadOptional<WindowSchedule>(e.ApprovalWindow),
            [.. Rows<InspectionDocument>(InspectionRowKeys.DocumentPrefix).OrderBy(d => d.StoredAt).ThenBy(d => d.Id, StringComparer.Ordinal)],
            Rows<DraftReportView>(InspectionRowKeys.DraftPrefix),
            Rows<UnitFeedback>(InspectionRowKeys.FeedbackPrefix),
            ReadModelJson.ReadOptional<ConclusionView>(e.Conclusion),
            e.Rating,
            [.. Rows<RemediationItem>(InspectionRowKeys.RemediationPrefix).OrderBy(r => r.RecommendationIndex)],
            e.FollowUpInspectionId,
            e.CancelReason,
            Rows<AuditEntry>(InspectionRowKeys.AuditPrefix));
    }

    /// <summary>Ids come from URLs: anything a table key cannot hold cannot be an inspection's.</summary>
    private static bool IsKey(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 512 && id.AsSpan().IndexOfAny("/\\#?") < 0 && !id.Any(char.IsControl);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady) == 0)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _tableReady, 1);
        }
    }
}
