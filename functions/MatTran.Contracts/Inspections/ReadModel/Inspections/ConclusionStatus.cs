namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>Where the latest submitted conclusion stands with the supervisor.</summary>
public enum ConclusionStatus
{
    Submitted,
    Returned,
    Approved,
}
