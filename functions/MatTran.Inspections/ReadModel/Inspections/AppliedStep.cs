namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>Content of a step's marker row: which step, at which plan time.</summary>
internal sealed record AppliedStep(string StepKey, DateTimeOffset At);
