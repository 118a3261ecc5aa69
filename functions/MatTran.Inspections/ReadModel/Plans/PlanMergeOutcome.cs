namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>What <see cref="PlanStore.MergeAsync"/> did.</summary>
public enum PlanMergeOutcome
{
    Merged,
    NotFound,

    /// <summary>Only a Draft plan's visits can be merged: an approved plan is what the supervisor signed.</summary>
    NotDraft,

    /// <summary>The plan is not at the version the caller read (If-Match), or changed during the merge.</summary>
    ConcurrentUpdate,
    VisitNotFound,
    SameVisit,
    AlreadyMerged,

    /// <summary>The merged visit's unit is neither the kept visit's unit nor under it.</summary>
    UnitsUnrelated,
}
