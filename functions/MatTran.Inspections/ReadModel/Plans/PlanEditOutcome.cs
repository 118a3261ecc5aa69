namespace MatTran.Inspections.ReadModel.Plans;

/// <summary>What <see cref="PlanStore.ReplaceDraftAsync"/> did.</summary>
public enum PlanEditOutcome
{
    Replaced,
    NotFound,

    /// <summary>Only a Draft can be edited: an approved plan is what the supervisor signed.</summary>
    NotDraft,

    /// <summary>The plan is not at the version the caller read (If-Match), or changed during the edit.</summary>
    ConcurrentUpdate,

    /// <summary>The number was changed: it names the plan (its KH number, unique per issuer and year).</summary>
    NumberChanged,

    /// <summary>The old and new visits do not fit in one entity-group transaction with the plan row.</summary>
    TooLarge,
}
