using MatTran.Inspections.Findings;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>One draft report revision with the findings submitted with it.</summary>
public sealed record DraftReportView(DraftReportRevision Revision, IReadOnlyList<Finding> Findings);
