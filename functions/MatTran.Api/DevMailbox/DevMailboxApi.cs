using Azure;
using Azure.Storage.Blobs;
using MatTran.Api.Problems;
using MatTran.Inspections.Email;
using Microsoft.AspNetCore.Http.HttpResults;
using MimeKit;

namespace MatTran.Api.DevMailbox;

/// <summary>
/// Development/Test only: the emails the app sent, read back from their .eml archive in Blob storage, so a demo or a
/// test can follow the unit links without a mail client. The routes exist only in those environments (404 elsewhere).
/// </summary>
public static class DevMailboxApi
{
    /// <summary>Newest first (by the Date header, which follows the app's clock); <c>?to=</c> keeps one recipient's mail.</summary>
    internal static async Task<Ok<IReadOnlyList<MailboxEntry>>> ListAsync(
        BlobServiceClient blobs, IConfiguration configuration, string? to, CancellationToken cancellationToken)
    {
        var archive = Archive(blobs, configuration);
        var entries = new List<MailboxEntry>();
        try
        {
            await foreach (var item in archive.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                if (!item.Name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var content = (await archive.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken)).Value.Content;
                using var eml = await MimeMessage.LoadAsync(content.ToStream(), cancellationToken);
                var recipients = eml.To.Mailboxes.Select(mailbox => mailbox.Address).ToList();
                if (to is null || recipients.Any(address => address.Equals(to.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    entries.Add(new MailboxEntry(item.Name, recipients, eml.Subject ?? string.Empty,
                        eml.Headers.Contains(HeaderId.Date) ? eml.Date : null,
                        Path.GetFileNameWithoutExtension(item.Name), eml.MessageId is { } id ? $"<{id}>" : string.Empty));
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No email sent yet: the archive container does not exist.
        }

        return TypedResults.Ok<IReadOnlyList<MailboxEntry>>(
            [.. entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Name, StringComparer.Ordinal)]);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string name, BlobServiceClient blobs, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || name.Contains("..", StringComparison.Ordinal))
        {
            return NotFound(name);
        }

        try
        {
            var content = (await Archive(blobs, configuration).GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content;
            return TypedResults.File(content.ToArray(), "message/rfc822", Path.GetFileName(name));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return NotFound(name);
        }
    }

    private static BlobContainerClient Archive(BlobServiceClient blobs, IConfiguration configuration) =>
        blobs.GetBlobContainerClient(configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>()?.ArchiveContainerName ?? new EmailOptions().ArchiveContainerName);

    private static ProblemHttpResult NotFound(string name) => ApiProblems.NotFound(ProblemCodes.MailNotFound, ApiTexts.MailNotFound(name));
}
