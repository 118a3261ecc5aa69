namespace MatTran.Api.DevMailbox;

/// <summary>The headers of an archived .eml that the Development mailbox lists, decoded.</summary>
public sealed record ArchivedEmailHeaders(IReadOnlyList<string> To, string Subject, DateTimeOffset? Date, string MessageId);
