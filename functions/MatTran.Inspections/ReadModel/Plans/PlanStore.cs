using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Documents.Issuing;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>
/// Annual plans in table <c>plans</c>. One partition per issuer and year holds each plan row, its number's uniqueness
/// row and one row per planned inspection.
/// <para>
/// A plan exists only through its plan row: every reader starts from it (<see cref="FindAsync"/> reads it before the
/// inspections, <see cref="ListAsync"/> reads plan rows only, approve/launch/complete change only it, under its ETag),
/// so inspection rows without one are never shown or used. A transaction holds at most 100 rows, so a new plan writes
/// its inspection rows first, 100 to a transaction, and last, in one transaction, the plan row, the number row and the
/// inspections that still fit: the plan appears whole or not at all.
/// </para>
/// <para>
/// When that last transaction finds the number taken, the rows written before it are deleted (best effort). Rows left
/// by a crash before the last transaction, or by a failed clean-up, stay behind unreachable: the plan id is random and
/// never reused, so no plan row will ever name them. Any other failure of the last transaction is not cleaned up,
/// since it may have committed (a lost response).
/// </para>
/// </summary>
public sealed partial class PlanStore(TableClient table, TimeProvider time)
{
    public const string DefaultTableName = "plans";

    /// <summary>
    /// A province's year is 1,000–3,000 inspections; 5,000 leaves room. Each further 100 costs one more transaction
    /// before the plan appears, and the API's body limit (<c>PlansApi.MaxPlanBytes</c>) is sized for this many.
    /// </summary>
    public const int MaxInspections = Validation.TextLimits.MaxPlanInspections;

    /// <summary>The last transaction's room for inspections beside the plan row and the number row.</summary>
    private const int FinalInspections = TableTransactionLimits.MaxActions - 2;

    private const int MaxTransitionAttempts = 5;
    private const string DateFormat = "yyyy-MM-dd";

    private int _tableReady;

    /// <summary>"{planId}.{n}", n from 1 in plan order, zero-padded to the plan's <see cref="NumberWidth"/>.</summary>
    public static string InspectionId(PlanId planId, int index, int inspectionCount) =>
        string.Create(CultureInfo.InvariantCulture, $"{planId}.{Padded(index + 1, NumberWidth(inspectionCount))}");

    /// <summary>
    /// Digits of a plan's inspection numbers: 3 (".001"), as every plan had before plans could pass 999 inspections, or
    /// as many as the count needs. One width for the whole plan keeps its ids and row keys sorting in plan order.
    /// </summary>
    internal static int NumberWidth(int inspectionCount) =>
        Math.Max(3, inspectionCount.ToString(CultureInfo.InvariantCulture).Length);

    /// <summary>Stores a validated plan as a Draft with every inspection Scheduled.</summary>
    public async Task<PlanAddOutcome> AddAsync(PlanId id, AnnualPlan plan, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Inspections.Count > MaxInspections)
        {
            throw new ArgumentException($"A plan holds at most {MaxInspections} inspections.", nameof(plan));
        }

        await EnsureTableAsync(cancellationToken);

        // Most duplicates stop here, before thousands of rows are written and deleted; the last transaction still
        // decides a race between two plans taking the same number.
        var taken = await table.GetEntityIfExistsAsync<PlanNumberEntity>(
            id.PartitionKey, PlanNumberEntity.RowKeyFor(NumberOf(plan)), cancellationToken: cancellationToken);
        if (taken.HasValue)
        {
            return PlanAddOutcome.NumberTaken;
        }

        int staged = await StageInspectionsAsync(id, plan, cancellationToken);
        return await CommitAsync(id, plan, createdBy, staged, cancellationToken);
    }

    /// <summary>
    /// Writes, 100 to a transaction in plan order, the inspection rows that do not fit in the plan's last transaction,
    /// and answers how many (none for a plan of up to 98). They stay invisible until <see cref="CommitAsync"/>.
    /// </summary>
    internal async Task<int> StageInspectionsAsync(PlanId id, AnnualPlan plan, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        int count = plan.Inspections.Count;
        int staged = 0;
        while (count - staged > FinalInspections)
        {
            int batch = Math.Min(TableTransactionLimits.MaxActions, count - staged);
            await table.SubmitTransactionAsync(
                Enumerable.Range(staged, batch).Select(i => new TableTransactionAction(
                    TableTransactionActionType.Add, ToEntity(id, i, plan.Inspections[i], count))),
                cancellationToken);
            staged += batch;
        }

        return staged;
    }

    /// <summary>
    /// The plan's last transaction: its row, its number's row and the inspections after the first
    /// <paramref name="staged"/>. Once it commits the plan is visible, whole.
    /// </summary>
    internal async Task<PlanAddOutcome> CommitAsync(PlanId id, AnnualPlan plan, string createdBy, int staged, CancellationToken cancellationToken)
    {
        string partition = id.PartitionKey;
        string number = NumberOf(plan);
        int count = plan.Inspections.Count;
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new PlanEntity
            {
                PartitionKey = partition,
                RowKey = PlanEntity.RowKeyFor(id),
                Id = id.ToString(),
                Number = number,
                Year = plan.Year,
                IssuerUnitId = plan.IssuerUnitId,
                Title = plan.Title.Trim(),
                Topics = JsonSerializer.Serialize(plan.Topics.Select(t => t.Trim())),
                Targets = plan.Targets is { Count: > 0 } targets ? ReadModelJson.Write(targets) : null,
                Status = PlanStatus.Draft,
                InspectionCount = count,
                CreatedBy = createdBy,
                CreatedAt = time.GetUtcNow(),
            }),
            new(TableTransactionActionType.Add, new PlanNumberEntity
            {
                PartitionKey = partition,
                RowKey = PlanNumberEntity.RowKeyFor(number),
                Number = number,
                PlanId = id.ToString(),
            }),
        };
        actions.AddRange(Enumerable.Range(staged, count - staged).Select(i => new TableTransactionAction(
            TableTransactionActionType.Add, ToEntity(id, i, plan.Inspections[i], count))));

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return PlanAddOutcome.Added;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex == 1)
        {
            await DeleteStagedAsync(id, count, staged, cancellationToken);
            return PlanAddOutcome.NumberTaken;
        }
    }

    public async Task<StoredPlan?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!PlanId.TryParse(id, out var planId))
        {
            return null;
        }

        // The plan row first: it is written last, so with it every inspection row is there, and without it none is read.
        await EnsureTableAsync(cancellationToken);
        var plan = await table.GetEntityIfExistsAsync<PlanEntity>(planId.PartitionKey, PlanEntity.RowKeyFor(planId), cancellationToken: cancellationToken);
        if (!plan.HasValue)
        {
            return null;
        }

        // Key order is plan order (one zero-padded width per plan).
        string prefix = PlannedInspectionEntity.RowKeyPrefixFor(planId);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {planId.PartitionKey} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var inspections = new List<StoredInspection>(plan.Value!.InspectionCount);
        await foreach (var entity in table.QueryAsync<PlannedInspectionEntity>(filter, cancellationToken: cancellationToken))
        {
            inspections.Add(ToStored(entity));
        }

        return ToStored(plan.Value!, inspections);
    }

    /// <summary>Plan rows only, so an unfinished plan's inspection rows never appear.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        string filter = year is { } y
            ? TableClient.CreateQueryFilter($"RowKey ge {PlanEntity.RowKeyPrefix} and RowKey lt {"plan}"} and Year eq {y}")
            : TableClient.CreateQueryFilter($"RowKey ge {PlanEntity.RowKeyPrefix} and RowKey lt {"plan}"}");
        var plans = new List<PlanSummary>();
        await foreach (var e in table.QueryAsync<PlanEntity>(filter, cancellationToken: cancellationToken))
        {
            plans.Add(new PlanSummary(e.Id, e.Number, e.Year, e.IssuerUnitId, e.Title, e.Status, e.InspectionCount));
        }

        return [.. plans.OrderBy(p => p.Year).ThenBy(p => p.IssuerUnitId, StringComparer.Ordinal).ThenBy(p => p.Number, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Draft → Approved under the plan row's ETag (If-Match), so an approval never overwrites a concurrent change; a lost
    /// race re-reads and decides again. Approving an approved plan is idempotent. With <paramref name="expected"/> (the
    /// ETag the caller last read) the approval applies only to exactly that version, and any other answers
    /// <see cref="PlanApprovalOutcome.ConcurrentUpdate"/> without retrying.
    /// </summary>
    public async Task<PlanApprovalOutcome> ApproveAsync(
        string id, string approvedBy, ETag? expected = null, CancellationToken cancellationToken = default)
    {
        if (!PlanId.TryParse(id, out var planId))
        {
            return PlanApprovalOutcome.NotFound;
        }

        return await TransitionAsync(
            planId,
            plan =>
            {
                if (plan is null)
                {
                    return (PlanApprovalOutcome.NotFound, false);
                }

                if (expected is { } version && version != plan.ETag)
                {
                    return (PlanApprovalOutcome.ConcurrentUpdate, false);
                }

                switch (plan.Status)
                {
                    case PlanStatus.Approved:
                        return (PlanApprovalOutcome.AlreadyApproved, false);
                    case not PlanStatus.Draft:
                        return (PlanApprovalOutcome.NotDraft, false);
                }

                plan.Status = PlanStatus.Approved;
                plan.ApprovedBy = approvedBy;
                plan.ApprovedAt = time.GetUtcNow();
                return (PlanApprovalOutcome.Approved, true);
            },
            // The caller asked for the version it had seen, which is now gone; otherwise decide again on the new state.
            stopOnConflict: expected is not null ? PlanApprovalOutcome.ConcurrentUpdate : null,
            exhausted: () => PlanApprovalOutcome.ConcurrentUpdate,
            cancellationToken);
    }

    /// <summary>
    /// Approved → Launched under the plan row's ETag; a lost race re-reads and decides again. Launching a launched or
    /// completed plan answers <see cref="PlanLaunchOutcome.AlreadyLaunched"/> and changes nothing.
    /// </summary>
    public Task<PlanLaunchOutcome> LaunchAsync(string id, string launchedBy, CancellationToken cancellationToken = default) =>
        LaunchAsync(id, launchedBy, PlanClock.RealTime(time.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>
    /// Approved → Launched on <paramref name="clock"/> (real time, or a rehearsal), which is stored with the plan so a
    /// retried launch starts the workflow on the same clock; <c>LaunchedAt</c> is the plan time at the launch.
    /// </summary>
    public async Task<PlanLaunchOutcome> LaunchAsync(string id, string launchedBy, PlanClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(launchedBy);
        ArgumentNullException.ThrowIfNull(clock);
        if (!PlanId.TryParse(id, out var planId))
        {
            return PlanLaunchOutcome.NotFound;
        }

        return await TransitionAsync(
            planId,
            plan =>
            {
                switch (plan?.Status)
                {
                    case null:
                        return (PlanLaunchOutcome.NotFound, false);
                    case PlanStatus.Draft:
                        return (PlanLaunchOutcome.NotApproved, false);
                    case PlanStatus.Launched or PlanStatus.Completed:
                        return (PlanLaunchOutcome.AlreadyLaunched, false);
                }

                plan.Status = PlanStatus.Launched;
                plan.LaunchedBy = launchedBy;
                plan.LaunchedAt = new DateTimeOffset(clock.PlanStartUtc, TimeSpan.Zero);
                plan.Clock = ReadModelJson.Write(clock);
                return (PlanLaunchOutcome.Launched, true);
            },
            stopOnConflict: null,
            exhausted: () => throw new InvalidOperationException($"Plan {id} kept changing while it was being launched."),
            cancellationToken);
    }

    /// <summary>
    /// Launched → Completed with the year-end summary, under the plan row's ETag. Idempotent: completing a completed
    /// plan (a redelivered activity) leaves the stored summary as it is.
    /// </summary>
    public async Task CompleteAsync(string id, PlanYearEndSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!PlanId.TryParse(id, out var planId))
        {
            throw new ArgumentException($"'{id}' is not a plan id.", nameof(id));
        }

        await TransitionAsync(
            planId,
            plan =>
            {
                switch (plan?.Status)
                {
                    case null:
                        throw new InvalidOperationException($"Plan {id} does not exist.");
                    case PlanStatus.Completed:
                        return (true, false);
                    case not PlanStatus.Launched:
                        throw new InvalidOperationException($"Plan {id} is {plan.Status}; only a launched plan can complete.");
                }

                plan.Status = PlanStatus.Completed;
                plan.YearEndSummary = ReadModelJson.Write(summary);
                return (true, true);
            },
            stopOnConflict: null,
            exhausted: () => throw new InvalidOperationException($"Plan {id} kept changing while it was being completed."),
            cancellationToken);
    }

    /// <summary>
    /// The plan row's status changes: read the row, let <paramref name="decide"/> answer (unchanged) or change it, and
    /// write the change under the ETag it was read with. A lost race (412) ends with <paramref name="stopOnConflict"/>
    /// when given, else reads and decides again, up to <see cref="MaxTransitionAttempts"/> times.
    /// </summary>
    /// <param name="decide">Given the row (null when absent), the outcome and whether it changed the row.</param>
    private async Task<T> TransitionAsync<T>(
        PlanId planId, Func<PlanEntity?, (T Outcome, bool Write)> decide, T? stopOnConflict, Func<T> exhausted, CancellationToken cancellationToken)
        where T : struct
    {
        await EnsureTableAsync(cancellationToken);
        for (int attempt = 0; attempt < MaxTransitionAttempts; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<PlanEntity>(planId.PartitionKey, PlanEntity.RowKeyFor(planId), cancellationToken: cancellationToken);
            var plan = found.HasValue ? found.Value : null;
            var (outcome, write) = decide(plan);
            if (!write)
            {
                return outcome;
            }

            try
            {
                await table.UpdateEntityAsync(plan!, plan!.ETag, TableUpdateMode.Replace, cancellationToken);
                return outcome;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                if (stopOnConflict is { } stop)
                {
                    return stop;
                }
            }
        }

        return exhausted();
    }

    /// <summary>
    /// Lists a document of the plan itself. Idempotent by document id: one already listed is returned as listed, so a
    /// redelivered step cannot change its number or time.
    /// </summary>
    public async Task<PlanDocumentView> AddDocumentAsync(string id, PlanDocumentView document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!PlanId.TryParse(id, out var planId))
        {
            throw new ArgumentException($"'{id}' is not a plan id.", nameof(id));
        }

        await EnsureTableAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(new PlanDocumentEntity
            {
                PartitionKey = planId.PartitionKey,
                RowKey = PlanDocumentEntity.RowKeyPrefixFor(planId) + document.Id,
                Json = ReadModelJson.Write(document),
            }, cancellationToken);
            return document;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await ListDocumentsAsync(id, cancellationToken)).FirstOrDefault(d => d.Id == document.Id)
                ?? throw new InvalidOperationException($"Plan document {document.Id} was reported as listed but cannot be read.", e);
        }
    }

    /// <summary>The plan's own documents (annual plan, year-end report) by kind and version.</summary>
    public async Task<IReadOnlyList<PlanDocumentView>> ListDocumentsAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!PlanId.TryParse(id, out var planId))
        {
            return [];
        }

        await EnsureTableAsync(cancellationToken);
        string prefix = PlanDocumentEntity.RowKeyPrefixFor(planId);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {planId.PartitionKey} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var documents = new List<PlanDocumentView>();
        await foreach (var e in table.QueryAsync<PlanDocumentEntity>(filter, cancellationToken: cancellationToken))
        {
            documents.Add(ReadModelJson.Read<PlanDocumentView>(e.Json));
        }

        return [.. documents.OrderBy(d => d.Kind).ThenBy(d => d.Version)];
    }

    /// <summary>
    /// Removes the rows <see cref="StageInspectionsAsync"/> wrote for a plan that was not stored. Best effort: without
    /// the plan row they are unreachable, so a failure here leaves dead rows, never a wrong answer.
    /// </summary>
    private async Task DeleteStagedAsync(PlanId id, int count, int staged, CancellationToken cancellationToken)
    {
        int width = NumberWidth(count);
        try
        {
            for (int start = 0; start < staged; start += TableTransactionLimits.MaxActions)
            {
                await table.SubmitTransactionAsync(
                    Enumerable.Range(start, Math.Min(TableTransactionLimits.MaxActions, staged - start)).Select(i => new TableTransactionAction(
                        TableTransactionActionType.Delete, new TableEntity(id.PartitionKey, PlannedInspectionEntity.RowKeyFor(id, i, width)), ETag.All)),
                    cancellationToken);
            }
        }
        catch (RequestFailedException)
        {
            // Unreachable rows, as after a crash (see the class comment); the caller's answer is NumberTaken either way.
        }
    }

    private static string NumberOf(AnnualPlan plan) =>
        PlanNumber.TryParse(plan.Number, out var parsed) ? parsed.ToString() : plan.Number.Trim();

    private static PlannedInspectionEntity ToEntity(PlanId planId, int index, PlannedInspection inspection, int count) => new()
    {
        PartitionKey = planId.PartitionKey,
        RowKey = PlannedInspectionEntity.RowKeyFor(planId, index, NumberWidth(count)),
        Id = InspectionId(planId, index, count),
        PlanId = planId.ToString(),
        Index = index,
        UnitId = inspection.UnitId,
        Kind = inspection.Kind,
        VisitDate = Format(inspection.VisitDate),
        CoveredFrom = Format(inspection.CoveredPeriod.From),
        CoveredTo = Format(inspection.CoveredPeriod.To),
        TeamLead = inspection.TeamLead.Trim(),
        Members = JsonSerializer.Serialize(inspection.Members.Select(m => m.Trim())),
        SiteVisits = JsonSerializer.Serialize(inspection.SiteVisits),
        Topics = inspection.Topics is { Count: > 0 } topics ? JsonSerializer.Serialize(topics.Select(t => t.Trim())) : null,
        Stage = InspectionStage.Scheduled,
    };

    private static StoredInspection ToStored(PlannedInspectionEntity e) => new(
        e.Id,
        new PlannedInspection(
            e.UnitId,
            e.Kind,
            Parse(e.VisitDate),
            new CoveredPeriod(Parse(e.CoveredFrom), Parse(e.CoveredTo)),
            e.TeamLead,
            JsonSerializer.Deserialize<string[]>(e.Members) ?? [],
            JsonSerializer.Deserialize<string[]>(e.SiteVisits) ?? [],
            e.Topics is null ? null : JsonSerializer.Deserialize<string[]>(e.Topics)),
        e.Stage,
        e.MergedInto);

    private static StoredPlan ToStored(PlanEntity e, List<StoredInspection> inspections) => new(
        e.Id,
        e.Number,
        e.Year,
        e.IssuerUnitId,
        e.Title,
        JsonSerializer.Deserialize<string[]>(e.Topics) ?? [],
        e.Status,
        inspections,
        e.CreatedBy,
        e.CreatedAt,
        e.ApprovedBy,
        e.ApprovedAt,
        e.ETag,
        e.LaunchedBy,
        e.LaunchedAt,
        ReadModelJson.ReadOptional<PlanYearEndSummary>(e.YearEndSummary),
        ReadModelJson.ReadOptional<PlanClock>(e.Clock),
        e.Targets is null ? null : ReadModelJson.Read<PlanTarget[]>(e.Targets));

    private static string Padded(int value, int width) =>
        value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly Parse(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady) == 0)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _tableReady, 1);
        }
    }
}
