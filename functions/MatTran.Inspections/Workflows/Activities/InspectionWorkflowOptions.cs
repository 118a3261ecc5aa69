namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// Settings of the workflow activities: where emailed links point (<c>UnitLinks:PublicBaseUrl</c>) and when a
/// follow-up inspection visits (<c>Workflow:FollowUpAfterWorkingDays</c>).
/// </summary>
public sealed class InspectionWorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>The host's public address; unit links are <c>{PublicBaseUrl}/units/inspections/{id}?t={token}</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:7071";

    /// <summary>A follow-up (phúc tra) visits this many working days after it is decided.</summary>
    public int FollowUpAfterWorkingDays { get; set; } = 15;
}
