namespace MatTran.Inspections.Reports;

/// <summary>Findings of the latest draft reports under one topic: achievements, limitations, causes.</summary>
public sealed record TopicFindings(string Topic, int Achievements, int Limitations, int Causes);
