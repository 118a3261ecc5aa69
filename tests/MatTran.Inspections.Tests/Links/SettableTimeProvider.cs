namespace MatTran.Inspections.Tests.Links;

/// <summary>A clock the test moves by hand, so expiry is checked without waiting.</summary>
internal sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
