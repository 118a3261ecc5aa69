namespace MatTran.Inspections.Remediation;

/// <summary>State of one remediation item (one recommendation being carried out by the unit).</summary>
public enum RemediationStatus
{
    /// <summary>Waiting for the unit's report, due date not passed.</summary>
    Open,

    /// <summary>The unit reported with evidence; the team has to accept or reject.</summary>
    Reported,

    /// <summary>The team accepted the report. Final.</summary>
    Accepted,

    /// <summary>The team rejected the report and set a new due date; waiting for a new report.</summary>
    Rejected,

    /// <summary>The due date passed without a report; escalated. The unit may still report.</summary>
    Overdue,
}
