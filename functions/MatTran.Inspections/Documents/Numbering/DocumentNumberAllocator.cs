using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace MatTran.Inspections.Documents.Numbering;

/// <summary>
/// Allocates document numbers that are gapless per (issuing body, document type, year) and never reused.
/// <para>
/// Each sequence is one table partition holding a counter row and one allocation row per idempotency key. A new
/// number is taken by one entity-group transaction that replaces the counter under its ETag (If-Match) and inserts
/// the allocation row, so either both happen or neither: no number is skipped, none is handed out twice, and a
/// retried workflow step (same key) reads back the number it already got instead of taking another.
/// </para>
/// Losing a race shows up as 412 (counter changed) or 409 (counter or allocation row appeared); the allocator then
/// re-reads and tries again.
/// </summary>
public sealed class DocumentNumberAllocator(TableClient table, TimeProvider time)
{
    public const string DefaultTableName = "documentnumbers";

    /// <summary>Enough for any realistic burst; a sequence contended beyond this is a fault worth surfacing.</summary>
    public const int MaxAttempts = 200;

    private int _tableReady;

    public async Task<DocumentNumber> AllocateAsync(
        DocumentIssuer issuer, DocumentType type, int year, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        string partition = PartitionKeyFor(issuer.Id, type, year);
        string allocationRow = AllocationRowKey(idempotencyKey);
        await EnsureTableAsync(cancellationToken);

        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<DocumentNumberAllocation>(partition, allocationRow, cancellationToken: cancellationToken);
            if (existing.HasValue)
            {
                return new DocumentNumber(existing.Value!.Number, year, type, issuer.Symbol);
            }

            var counter = await table.GetEntityIfExistsAsync<DocumentNumberCounter>(
                partition, DocumentNumberCounter.CounterRowKey, cancellationToken: cancellationToken);
            int next = counter.HasValue ? counter.Value!.Last + 1 : 1;
            var updatedCounter = new DocumentNumberCounter { PartitionKey = partition, Last = next };
            var counterAction = counter.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, updatedCounter, counter.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, updatedCounter);
            var allocation = new DocumentNumberAllocation
            {
                PartitionKey = partition,
                RowKey = allocationRow,
                Number = next,
                IdempotencyKey = idempotencyKey,
                AllocatedAt = time.GetUtcNow(),
            };

            try
            {
                await table.SubmitTransactionAsync(
                    [counterAction, new TableTransactionAction(TableTransactionActionType.Add, allocation)], cancellationToken);
                return new DocumentNumber(next, year, type, issuer.Symbol);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                // Another allocation won this round (or our own earlier attempt landed); read again.
            }
        }

        throw new InvalidOperationException(
            $"Could not allocate a {type} number for '{issuer.Id}' in {year} after {MaxAttempts} attempts; the sequence is under heavy contention.");
    }

    /// <summary>The sequence partition, e.g. "tinh-cao-bang|Decision|2023".</summary>
    internal static string PartitionKeyFor(string issuerId, DocumentType type, int year)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuerId);
        if (issuerId.AsSpan().IndexOfAny("/\\#?|") >= 0 || issuerId.Any(char.IsControl))
        {
            throw new ArgumentException($"Issuer id '{issuerId}' contains a character table keys cannot hold.", nameof(issuerId));
        }

        return FormattableString.Invariant($"{issuerId}|{type}|{year}");
    }

    internal static string AllocationRowKey(string idempotencyKey) =>
        DocumentNumberAllocation.RowKeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady) == 0)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _tableReady, 1);
        }
    }
}
