namespace MatTran.Inspections.Email;

/// <summary>How far one idempotency key's email got; each step is recorded before the next starts.</summary>
public enum SentEmailStatus
{
    /// <summary>An attempt holds the lease and is talking to the mail server (or crashed doing so).</summary>
    Sending,

    /// <summary>The mail server accepted it; the archive copy may still be missing.</summary>
    Sent,

    /// <summary>Sent and archived: nothing left to do for this key.</summary>
    Archived,
}
