using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Findings;

namespace MatTran.Inspections.Documents.Templates;

/// <summary>What the conclusion notice reports: the approved conclusion, the findings behind it and the team decision it cites.</summary>
public sealed record ConclusionContent(DocumentReference TeamDecision, IReadOnlyList<Finding> Findings, Conclusion Conclusion);
