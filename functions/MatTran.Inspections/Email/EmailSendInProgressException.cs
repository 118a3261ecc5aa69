namespace MatTran.Inspections.Email;

/// <summary>
/// Another attempt still holds this key's lease after a waiting attempt gave up (one lease length). Thrown rather than
/// returning, so a duplicate delivery neither sends a second email nor reports success for an email that may still
/// fail; the activity retries later.
/// </summary>
public sealed class EmailSendInProgressException(string idempotencyKey, DateTimeOffset leaseUntil)
    : InvalidOperationException($"The email for key '{idempotencyKey}' is being sent by another attempt until {leaseUntil:O}.")
{
    public string IdempotencyKey { get; } = idempotencyKey;

    public DateTimeOffset LeaseUntil { get; } = leaseUntil;
}
