namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>A deadline day and the instant its timer fires (the policy's office hour, local time, in UTC).</summary>
public sealed record DueDay(DateOnly Day, DateTime FiresAtUtc);
