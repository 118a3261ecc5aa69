namespace MatTran.Api.DevMailbox;

/// <summary>One archived email as the Development mailbox lists it.</summary>
/// <param name="Name">Blob name in the archive; <c>GET /api/dev/mailbox/{name}</c> returns the .eml.</param>
/// <param name="IdempotencyKey">The business event that sent it (the archive file's stem; unusual keys appear in their file-safe form).</param>
public sealed record MailboxEntry(string Name, IReadOnlyList<string> To, string Subject, DateTimeOffset? Date, string IdempotencyKey, string MessageId);
