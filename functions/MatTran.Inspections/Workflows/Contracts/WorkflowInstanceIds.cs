using System.Globalization;

namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// Instance ids are the business ids, so the HTTP API raises events without a lookup: an inspection's orchestration
/// runs under the inspection id, a remediation under the remediation id, the plan under "plan-{planId}".
/// </summary>
public static class WorkflowInstanceIds
{
    public static string ForPlan(string planId) => "plan-" + planId;

    /// <summary>"{inspectionId}.r{n}", n from 1 in recommendation order.</summary>
    public static string ForRemediation(string inspectionId, int recommendationIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{inspectionId}.r{recommendationIndex + 1}");

    /// <summary>The follow-up (phúc tra) of an inspection: "{inspectionId}.pt".</summary>
    public static string ForFollowUp(string inspectionId) => inspectionId + ".pt";

    /// <summary>The inspection a remediation id belongs to, or null when the id does not have the remediation shape.</summary>
    public static string? InspectionOfRemediation(string remediationId)
    {
        int dot = remediationId.LastIndexOf('.');
        bool shaped = dot > 0 && remediationId.Length > dot + 2 && remediationId[dot + 1] == 'r' &&
            remediationId.AsSpan(dot + 2).IndexOfAnyExceptInRange('0', '9') < 0;
        return shaped ? remediationId[..dot] : null;
    }
}
