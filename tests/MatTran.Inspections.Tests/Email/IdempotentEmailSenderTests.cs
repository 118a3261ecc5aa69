using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Archive;
using MatTran.Inspections.Email.Templates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Tests.Email;

[TestClass]
public sealed class IdempotentEmailSenderTests
{
    private const string Domain = "mttq-caobang.example.vn";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    private sealed record Setup(TableClient Table, BlobContainerClient Archive, MaildevInbox Inbox, int SmtpPort) : IDisposable
    {
        public void Dispose() => Inbox.Dispose();
    }

    private async Task<Setup> SetupAsync()
    {
        var servers = await Emulators.GetServersAsync(Ct);
        return new Setup(
            new TableClient(servers.StorageConnectionString, Emulators.UniqueName("sentemails")),
            new BlobContainerClient(servers.StorageConnectionString, Emulators.UniqueName("mail")),
            new MaildevInbox(servers.MailWebUri),
            servers.SmtpPort);
    }

    private static IOptions<EmailOptions> Options(int smtpPort, TimeSpan? sendLease = null) => Microsoft.Extensions.Options.Options.Create(new EmailOptions
    {
        SendLease = sendLease ?? TimeSpan.FromMinutes(2),
        FromAddress = "kiemtra@" + Domain,
        FromDisplayName = "Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng",
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtpPort, Timeout = TimeSpan.FromSeconds(10) },
    });

    private static IdempotentEmailSender Sender(Setup setup, int? smtpPort = null, TimeSpan? sendLease = null)
    {
        var options = Options(smtpPort ?? setup.SmtpPort, sendLease);
        var smtp = new SmtpEmailSender(options, NullLogger<SmtpEmailSender>.Instance);
        return new IdempotentEmailSender(smtp, setup.Table, setup.Archive, options, TimeProvider.System, NullLogger<IdempotentEmailSender>.Instance);
    }

    private static EmailMessage Reminder(string to, string key) => EmailComposer.Compose(
        EmailTemplateId.SelfReportReminderBeforeDue, SampleEmailValues.All(), [new EmailAddress(to, "Ủy ban MTTQ xã Hạnh Sơn")], key);

    /// <summary>
    /// Sends a second, differently keyed email to the same mailbox and waits for it, so that by the time it is
    /// there any duplicate of the emails before it would be there too.
    /// </summary>
    private async Task<IReadOnlyList<MaildevEmail>> InboxAfterSentinelAsync(Setup setup, string to, int expectedBefore)
    {
        var sentinel = EmailComposer.Compose(EmailTemplateId.ConclusionIssued, SampleEmailValues.All(), [new EmailAddress(to)], Guid.NewGuid().ToString());
        await new SmtpEmailSender(Options(setup.SmtpPort), NullLogger<SmtpEmailSender>.Instance).SendAsync(sentinel, Ct);
        var all = await setup.Inbox.ForAsync(to, expectedBefore + 1, Ct);
        return all.Where(e => e.Subject != sentinel.Subject).ToList();
    }

    private static string RowKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [TestMethod]
    public async Task Redelivery_with_the_same_key_sends_no_second_email()
    {
        using var setup = await SetupAsync();
        var sender = Sender(setup);
        string to = Emulators.UniqueName("redeliver") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":reminder-before";

        await sender.SendAsync(Reminder(to, key), Ct);
        await sender.SendAsync(Reminder(to, key), Ct);

        var received = await InboxAfterSentinelAsync(setup, to, 1);
        Assert.HasCount(1, received);
        Assert.AreEqual("Nhắc gửi báo cáo tự kiểm tra: hạn cuối ngày 14/06/2023", received[0].Subject);
        var record = (await setup.Table.GetEntityAsync<SentEmailRecord>(RowKey(key)[..2], RowKey(key), cancellationToken: Ct)).Value;
        Assert.AreEqual(SentEmailStatus.Archived, record.Status);
        Assert.AreEqual(1, record.Attempts);
    }

    [TestMethod]
    public async Task Sent_email_is_archived_as_eml_under_year_and_month()
    {
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("archive") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":reminder-before";
        var message = Reminder(to, key);

        await Sender(setup).SendAsync(message, Ct);

        var record = (await setup.Table.GetEntityAsync<SentEmailRecord>(RowKey(key)[..2], RowKey(key), cancellationToken: Ct)).Value;
        Assert.AreEqual(EmailArchivePaths.For(key, record.SentAt!.Value), record.ArchiveBlobName);
        StringAssert.EndsWith(record.ArchiveBlobName, $"/{key}.eml");
        var blob = (await setup.Archive.GetBlobClient(record.ArchiveBlobName).DownloadContentAsync(Ct)).Value;
        using var eml = await MimeKit.MimeMessage.LoadAsync(blob.Content.ToStream(), Ct);
        Assert.AreEqual("message/rfc822", blob.Details.ContentType);
        Assert.AreEqual(message.Subject, eml.Subject);
        Assert.AreEqual(EmailMessageIds.For(key, Domain), $"<{eml.MessageId}>");
        StringAssert.Contains(eml.TextBody, "Kính gửi: Ủy ban MTTQ Việt Nam xã Hạnh Sơn.");
        var delivered = (await setup.Inbox.ForAsync(to, 1, Ct)).Single();
        Assert.AreEqual(delivered.Header("message-id"), $"<{eml.MessageId}>");
    }

    [TestMethod]
    public async Task Failed_send_frees_the_key_so_the_retry_sends_once()
    {
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("retry") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";

        await Assert.ThrowsExactlyAsync<SocketException>(() => Sender(setup, ClosedPort()).SendAsync(Reminder(to, key), Ct));
        await Sender(setup).SendAsync(Reminder(to, key), Ct);

        Assert.HasCount(1, await InboxAfterSentinelAsync(setup, to, 1));
        var record = (await setup.Table.GetEntityAsync<SentEmailRecord>(RowKey(key)[..2], RowKey(key), cancellationToken: Ct)).Value;
        Assert.AreEqual(2, record.Attempts);
        Assert.AreEqual(SentEmailStatus.Archived, record.Status);
    }

    [TestMethod]
    public async Task Concurrent_deliveries_of_one_key_send_one_email()
    {
        using var setup = await SetupAsync();
        var sender = Sender(setup);
        string to = Emulators.UniqueName("concurrent") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";

        var attempts = Enumerable.Range(0, 5).Select(_ => Task.Run(() => sender.SendAsync(Reminder(to, key), Ct))).ToList();
        foreach (var attempt in attempts)
        {
            try
            {
                await attempt;
            }
            catch (EmailSendInProgressException)
            {
                // The documented answer for a duplicate that arrives while the first is still sending.
            }
        }

        Assert.HasCount(1, await InboxAfterSentinelAsync(setup, to, 1));
    }

    private async Task<string> AddSendingRowAsync(Setup setup, string key, DateTimeOffset leaseUntil)
    {
        await setup.Table.CreateIfNotExistsAsync(Ct);
        await setup.Table.AddEntityAsync(new SentEmailRecord
        {
            PartitionKey = RowKey(key)[..2],
            RowKey = RowKey(key),
            IdempotencyKey = key,
            Status = SentEmailStatus.Sending,
            LeaseUntil = leaseUntil,
            Attempts = 1,
        }, Ct);
        return RowKey(key);
    }

    [TestMethod]
    public async Task A_lease_still_live_after_one_lease_length_of_waiting_is_respected()
    {
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("lease") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";
        await AddSendingRowAsync(setup, key, DateTimeOffset.UtcNow.AddMinutes(5));

        var e = await Assert.ThrowsExactlyAsync<EmailSendInProgressException>(() =>
            Sender(setup, sendLease: TimeSpan.FromSeconds(2)).SendAsync(Reminder(to, key), Ct));
        Assert.AreEqual(key, e.IdempotencyKey);
        Assert.HasCount(0, await InboxAfterSentinelAsync(setup, to, 0));
    }

    [TestMethod]
    public async Task A_crashed_attempts_live_lease_is_waited_out_and_taken_over()
    {
        // A rehearsal retries a failed step after a second or two: the redelivery after a crash mid-send must wait
        // for the dead attempt's lease rather than fail the step.
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("waitout") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";
        string rowKey = await AddSendingRowAsync(setup, key, DateTimeOffset.UtcNow.AddSeconds(3));

        await Sender(setup).SendAsync(Reminder(to, key), Ct);

        Assert.HasCount(1, await setup.Inbox.ForAsync(to, 1, Ct));
        var record = (await setup.Table.GetEntityAsync<SentEmailRecord>(rowKey[..2], rowKey, cancellationToken: Ct)).Value;
        Assert.AreEqual(2, record.Attempts);
        Assert.AreEqual(SentEmailStatus.Archived, record.Status);
    }

    [TestMethod]
    public async Task A_waiting_attempt_sends_nothing_when_the_holder_finishes()
    {
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("holder") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";
        string rowKey = await AddSendingRowAsync(setup, key, DateTimeOffset.UtcNow.AddMinutes(1));

        var waiting = Sender(setup).SendAsync(Reminder(to, key), Ct);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.IsFalse(waiting.IsCompleted, "the attempt waits while the lease is live");
        var holder = (await setup.Table.GetEntityAsync<SentEmailRecord>(rowKey[..2], rowKey, cancellationToken: Ct)).Value;
        holder.Status = SentEmailStatus.Archived;
        holder.SentAt = DateTimeOffset.UtcNow;
        await setup.Table.UpdateEntityAsync(holder, holder.ETag, TableUpdateMode.Replace, Ct);
        await waiting;

        Assert.HasCount(0, await InboxAfterSentinelAsync(setup, to, 0));
        var record = (await setup.Table.GetEntityAsync<SentEmailRecord>(rowKey[..2], rowKey, cancellationToken: Ct)).Value;
        Assert.AreEqual(1, record.Attempts);
    }

    [TestMethod]
    public async Task Expired_lease_of_a_crashed_attempt_is_taken_over()
    {
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("takeover") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";
        await setup.Table.CreateIfNotExistsAsync(Ct);
        await setup.Table.AddEntityAsync(new SentEmailRecord
        {
            PartitionKey = RowKey(key)[..2],
            RowKey = RowKey(key),
            IdempotencyKey = key,
            Status = SentEmailStatus.Sending,
            LeaseUntil = DateTimeOffset.UtcNow.AddMinutes(-1),
            Attempts = 1,
        }, Ct);

        await Sender(setup).SendAsync(Reminder(to, key), Ct);

        Assert.HasCount(1, await setup.Inbox.ForAsync(to, 1, Ct));
    }

    [TestMethod]
    public async Task Sent_but_unarchived_email_is_only_archived_on_redelivery()
    {
        using var setup = await SetupAsync();
        string to = Emulators.UniqueName("archiveonly") + "@example.vn";
        string key = Emulators.UniqueName("insp-") + ":notice";
        var sentAt = new DateTimeOffset(2023, 6, 5, 1, 0, 0, TimeSpan.Zero);
        await setup.Table.CreateIfNotExistsAsync(Ct);
        await setup.Table.AddEntityAsync(new SentEmailRecord
        {
            PartitionKey = RowKey(key)[..2],
            RowKey = RowKey(key),
            IdempotencyKey = key,
            MessageId = EmailMessageIds.For(key, Domain),
            Status = SentEmailStatus.Sent,
            SentAt = sentAt,
            Attempts = 1,
        }, Ct);

        await Sender(setup).SendAsync(Reminder(to, key), Ct);

        Assert.IsEmpty(await InboxAfterSentinelAsync(setup, to, 0));
        Assert.IsTrue((await setup.Archive.GetBlobClient(EmailArchivePaths.For(key, sentAt)).ExistsAsync(Ct)).Value);
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
