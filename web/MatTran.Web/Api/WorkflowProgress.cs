using MatTran.Inspections.ReadModel.Inspections;

namespace MatTran.Web.Api;

/// <summary>
/// After a 202 the inspection's workflow applies the request moments (on a loaded machine, many seconds) later: the
/// page reads the inspection again until its version — stage, last update, audit trail, remediation statuses — is no
/// longer the one it had before the request, a bounded number of times with growing pauses (about a minute in all),
/// rather than sleeping a fixed time and hoping.
/// </summary>
public sealed class WorkflowProgress(ApiClient api)
{
    public const int Attempts = 40;

    /// <summary>The read model's version of an inspection: any step the workflow applies changes it.</summary>
    public static string Version(InspectionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return string.Join('|',
            details.Summary.Stage,
            details.Summary.UpdatedAt.ToUnixTimeMilliseconds(),
            details.Audit.Count,
            string.Join(',', details.Remediations.Select(r => r.Id + ":" + r.Status)));
    }

    /// <summary>The inspection as it stands now, or null when the API does not answer it.</summary>
    public async Task<InspectionDetails?> ReadAsync(string inspectionId, CancellationToken cancellationToken = default) =>
        (await api.GetAsync<InspectionDetails>($"api/inspections/{Uri.EscapeDataString(inspectionId)}", cancellationToken)).Value;

    /// <summary>
    /// Waits until the inspection's version differs from <paramref name="before"/>; returns the changed inspection, or
    /// null when it has not changed within <see cref="Attempts"/> reads (the page then says the request is still being
    /// processed).
    /// </summary>
    public async Task<InspectionDetails?> UntilChangedAsync(string inspectionId, string? before, CancellationToken cancellationToken = default)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            await Task.Delay(Pause(attempt), cancellationToken);
            if (await ReadAsync(inspectionId, cancellationToken) is { } now && Version(now) != before)
            {
                return now;
            }
        }

        return null;
    }

    /// <summary>250 ms, 500 ms … up to 2 s between reads.</summary>
    public static TimeSpan Pause(int attempt) => TimeSpan.FromMilliseconds(Math.Min(250 * (attempt + 1), 2000));
}
