namespace MatTran.Inspections.Remediation;

/// <summary>
/// One recommendation being remedied. Immutable: each transition returns a new item with the event appended
/// to <see cref="History"/>. Transitions assume <see cref="RemediationRules"/> accepted the request and throw
/// <see cref="InvalidOperationException"/> otherwise, since reaching them in a wrong state is a programming error.
/// </summary>
public sealed record RemediationItem(
    string Id,
    string InspectionId,
    int RecommendationIndex,
    string Text,
    string Responsible,
    DateOnly DueDate,
    RemediationStatus Status,
    IReadOnlyList<RemediationEvent> History,
    string? DepartmentId = null,
    string? AddresseeUnitId = null,
    string? OwnerStaffId = null)
{
    /// <summary>States in which the unit owes a report.</summary>
    public bool AwaitsReport => Status is RemediationStatus.Open or RemediationStatus.Rejected or RemediationStatus.Overdue;

    public static RemediationItem Open(string id, string inspectionId, int recommendationIndex, string text, string responsible, DateOnly dueDate, DateTimeOffset at, string actor) =>
        new(id, inspectionId, recommendationIndex, text, responsible, dueDate, RemediationStatus.Open,
            [new RemediationEvent(at, RemediationEventKind.Opened, actor, null, dueDate)]);

    /// <summary>Addressed to a department of the issuing committee or to a unit, with the staff member who follows it up.</summary>
    public RemediationItem AddressedTo(string? departmentId, string? unitId, string? ownerStaffId) =>
        this with { DepartmentId = departmentId, AddresseeUnitId = unitId, OwnerStaffId = ownerStaffId };

    /// <summary>Past its due date without an accepted (or pending) report, as of <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        Status == RemediationStatus.Overdue || (Status is RemediationStatus.Open or RemediationStatus.Rejected && today > DueDate);

    public RemediationItem Reported(DateTimeOffset at, string actor, string text, string? documentId)
    {
        Require(AwaitsReport, nameof(Reported));
        return With(RemediationStatus.Reported, DueDate, new RemediationEvent(at, RemediationEventKind.Reported, actor, text, DueDate, documentId));
    }

    public RemediationItem Accepted(DateTimeOffset at, string actor, string? comment)
    {
        Require(Status == RemediationStatus.Reported, nameof(Accepted));
        return With(RemediationStatus.Accepted, DueDate, new RemediationEvent(at, RemediationEventKind.Accepted, actor, comment, DueDate));
    }

    public RemediationItem Rejected(DateTimeOffset at, string actor, string comment, DateOnly newDueDate)
    {
        Require(Status == RemediationStatus.Reported, nameof(Rejected));
        return With(RemediationStatus.Rejected, newDueDate, new RemediationEvent(at, RemediationEventKind.Rejected, actor, comment, newDueDate));
    }

    /// <summary>Marks the item overdue when <paramref name="today"/> is past the due date and no report is in; otherwise returns it unchanged.</summary>
    public RemediationItem OverdueAsOf(DateOnly today, DateTimeOffset at, string actor)
    {
        if (Status is not (RemediationStatus.Open or RemediationStatus.Rejected) || today <= DueDate)
        {
            return this;
        }

        return With(RemediationStatus.Overdue, DueDate, new RemediationEvent(at, RemediationEventKind.BecameOverdue, actor, null, DueDate));
    }

    private RemediationItem With(RemediationStatus status, DateOnly dueDate, RemediationEvent entry) =>
        this with { Status = status, DueDate = dueDate, History = [.. History, entry] };

    private void Require(bool allowed, string transition)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Remediation item {Id} cannot be {transition.ToLowerInvariant()} in status {Status}.");
        }
    }
}
