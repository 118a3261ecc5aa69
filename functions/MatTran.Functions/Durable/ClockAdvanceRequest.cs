namespace MatTran.Functions.Durable;

/// <summary>Either a target instant (<c>to</c>, never earlier than now) or a number of days (positive) to move the virtual clock.</summary>
public sealed record ClockAdvanceRequest(DateTimeOffset? To, double? Days);
