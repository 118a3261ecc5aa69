using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MatTran.Inspections.Email.Archive;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Email;

/// <summary>
/// Sends each idempotency key's email once and archives it as .eml, however often an activity is redelivered.
/// <para>
/// A row per key in the <c>sentemails</c> table moves Sending → Sent → Archived. The row is inserted
/// insert-if-absent with a lease; only the lease holder talks to the mail server. A redelivery finds the row:
/// Archived → skipped; Sent → only the archive is completed; Sending with a live lease → it waits, reading the row, until
/// the holder finishes or the lease runs out (at most one <see cref="EmailOptions.SendLease"/>), then decides again;
/// Sending with an expired lease (the earlier attempt failed or crashed) → it takes over and sends. Waiting here rather
/// than failing matters because a rehearsal compresses the workflow's retry waits to seconds, far shorter than a lease:
/// a host killed mid-send would otherwise use up the step's retries before its lease ran out. A lease still live after
/// that wait (another host's longer setting) is <see cref="EmailSendInProgressException"/>, and the step retries later.
/// A crash between the server accepting the email and the Sent update can still send twice; the stable Message-ID
/// lets mail clients fold that duplicate.
/// </para>
/// </summary>
public sealed partial class IdempotentEmailSender(
    IEmailSender inner,
    TableClient sentTable,
    BlobContainerClient archive,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<IdempotentEmailSender> logger) : IEmailSender
{
    private int _storageReady;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.IdempotencyKey);
        await EnsureStorageAsync(cancellationToken);
        var settings = options.Value;
        string messageId = EmailMessageIds.For(message.IdempotencyKey, settings.EffectiveMessageIdDomain());

        var record = await ClaimWaitingOutLeaseAsync(message, messageId, settings.SendLease, cancellationToken);
        if (record is null)
        {
            LogSkipped(logger, messageId);
            return;
        }

        if (record.Status == SentEmailStatus.Sending)
        {
            await SendHoldingLeaseAsync(message, record, cancellationToken);
        }

        await ArchiveAsync(message, messageId, record, settings, cancellationToken);
    }

    /// <summary>How often a waiting attempt reads the row of a key whose lease another attempt holds.</summary>
    private static readonly TimeSpan LeaseWaitPoll = TimeSpan.FromSeconds(1);

    /// <summary><see cref="ClaimAsync"/>, waiting out another attempt's live lease for at most one lease length.</summary>
    private async Task<SentEmailRecord?> ClaimWaitingOutLeaseAsync(EmailMessage message, string messageId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var giveUpAt = time.GetUtcNow() + lease;
        while (true)
        {
            try
            {
                return await ClaimAsync(message, messageId, lease, cancellationToken);
            }
            catch (EmailSendInProgressException e) when (time.GetUtcNow() < giveUpAt)
            {
                var wait = Min(e.LeaseUntil - time.GetUtcNow(), giveUpAt - time.GetUtcNow(), LeaseWaitPoll);
                LogWaitingForLease(logger, messageId, e.LeaseUntil);
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(50), time, cancellationToken);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b, TimeSpan c) => TimeSpan.FromTicks(Math.Min(a.Ticks, Math.Min(b.Ticks, c.Ticks)));

    /// <summary>The record this attempt may work on, or null when the key is already fully done.</summary>
    private async Task<SentEmailRecord?> ClaimAsync(EmailMessage message, string messageId, TimeSpan lease, CancellationToken cancellationToken)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.IdempotencyKey)));
        var now = time.GetUtcNow();
        var fresh = new SentEmailRecord
        {
            // Spread keys over 256 partitions; keys of one instance need no common partition.
            PartitionKey = hash[..2],
            RowKey = hash,
            IdempotencyKey = message.IdempotencyKey,
            MessageId = messageId,
            Subject = message.Subject,
            Status = SentEmailStatus.Sending,
            LeaseUntil = now + lease,
            Attempts = 1,
        };
        try
        {
            var added = await sentTable.AddEntityAsync(fresh, cancellationToken);
            fresh.ETag = added.Headers.ETag ?? (await sentTable.GetEntityAsync<SentEmailRecord>(fresh.PartitionKey, fresh.RowKey, cancellationToken: cancellationToken)).Value.ETag;
            return fresh;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Seen before: decide from its state below.
        }

        var existing = (await sentTable.GetEntityAsync<SentEmailRecord>(fresh.PartitionKey, fresh.RowKey, cancellationToken: cancellationToken)).Value;
        switch (existing.Status)
        {
            case SentEmailStatus.Archived:
                return null;
            case SentEmailStatus.Sent:
                return existing;
            case SentEmailStatus.Sending when existing.LeaseUntil > now:
                throw new EmailSendInProgressException(message.IdempotencyKey, existing.LeaseUntil);
            default:
                existing.LeaseUntil = now + lease;
                existing.Attempts++;
                try
                {
                    existing.ETag = await UpdateAsync(existing, cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    throw new EmailSendInProgressException(message.IdempotencyKey, existing.LeaseUntil);
                }

                LogTakeover(logger, messageId, existing.Attempts);
                return existing;
        }
    }

    private async Task SendHoldingLeaseAsync(EmailMessage message, SentEmailRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SendAsync(message, cancellationToken);
        }
        catch (Exception)
        {
            await ReleaseLeaseAsync(record);
            throw;
        }

        record.Status = SentEmailStatus.Sent;
        record.SentAt = time.GetUtcNow();
        record.ETag = await UpdateAsync(record, cancellationToken);
    }

    /// <summary>Lets the next retry take over at once instead of waiting for the lease to run out.</summary>
    private async Task ReleaseLeaseAsync(SentEmailRecord record)
    {
        record.LeaseUntil = time.GetUtcNow();
        try
        {
            await UpdateAsync(record, CancellationToken.None);
        }
        catch (RequestFailedException e)
        {
            // The send failure is the error that matters; an unreleased lease only delays the retry until it expires.
            LogReleaseFailed(logger, record.MessageId, e.Status);
        }
    }

    private async Task ArchiveAsync(EmailMessage message, string messageId, SentEmailRecord record, EmailOptions settings, CancellationToken cancellationToken)
    {
        var sentAt = record.SentAt ?? throw new InvalidOperationException($"Email {record.MessageId} is marked sent without a time.");
        // Archived under the date the email carries (plan time), which a redelivery repeats.
        var date = message.Date ?? sentAt;
        string blobName = EmailArchivePaths.For(message.IdempotencyKey, date);
        byte[] eml;
        using (var mime = MimeMessages.Create(message, message.From ?? settings.DefaultFrom(), messageId, date.ToOffset(EmailArchivePaths.VietnamOffset)))
        {
            eml = MimeMessages.ToEml(mime);
        }

        try
        {
            await archive.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(eml), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "message/rfc822" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Archived by an earlier attempt that stopped before recording it; the file is the same (same date, same id).
        }

        record.Status = SentEmailStatus.Archived;
        record.ArchiveBlobName = blobName;
        try
        {
            await UpdateAsync(record, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // A concurrent delivery that found the email Sent archived the same file and recorded it first.
            return;
        }

        LogSent(logger, record.MessageId, blobName);
    }

    private async Task<ETag> UpdateAsync(SentEmailRecord record, CancellationToken cancellationToken)
    {
        var response = await sentTable.UpdateEntityAsync(record, record.ETag, TableUpdateMode.Replace, cancellationToken);
        return response.Headers.ETag
            ?? (await sentTable.GetEntityAsync<SentEmailRecord>(record.PartitionKey, record.RowKey, cancellationToken: cancellationToken)).Value.ETag;
    }

    private async Task EnsureStorageAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _storageReady) == 0)
        {
            await sentTable.CreateIfNotExistsAsync(cancellationToken);
            await archive.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _storageReady, 1);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} already sent and archived; redelivery skipped")]
    private static partial void LogSkipped(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId}: earlier attempt's lease expired; attempt {Attempt} takes over")]
    private static partial void LogTakeover(ILogger logger, string messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId}: could not release the send lease after a failure (status {Status})")]
    private static partial void LogReleaseFailed(ILogger logger, string messageId, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId}: another attempt holds the send lease until {LeaseUntil}; waiting")]
    private static partial void LogWaitingForLease(ILogger logger, string messageId, DateTimeOffset leaseUntil);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} sent and archived to {BlobName}")]
    private static partial void LogSent(ILogger logger, string messageId, string blobName);
}
