using System.Globalization;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Workflows.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Links;

/// <summary>
/// A unit whose link expired asks its page for a new one. The old link must be genuine (signed with our key; expiry
/// does not matter) and name the unit's own inspection; the new link — same unit, inspection and purpose, valid for
/// <see cref="UnitLinkOptions.DefaultLifetime"/> — is emailed only to the unit's address registered in the units
/// directory, never to one the caller gives, so a leaked old link yields nothing to whoever holds it. At most one such
/// email per inspection and Vietnam day (the email's idempotency key carries the day), so the route cannot be used to
/// flood the unit's mailbox.
/// </summary>
public sealed partial class UnitLinkRenewal(
    UnitLinkSigner signer, InspectionActivityServices services, TimeProvider time, IOptions<UnitLinkOptions> options, ILogger<UnitLinkRenewal> log)
{
    public async Task<UnitLinkRenewalOutcome> RenewAsync(string? token, CancellationToken cancellationToken = default)
    {
        var outcome = await TryRenewAsync(token, cancellationToken);
        LogRenewal(log, outcome);
        return outcome;
    }

    private async Task<UnitLinkRenewalOutcome> TryRenewAsync(string? token, CancellationToken cancellationToken)
    {
        if (signer.Validate(token).Claims is not { InspectionId: { } inspectionId } claims)
        {
            return UnitLinkRenewalOutcome.NotAuthentic;
        }

        var summary = await services.Inspections.ReadSummaryAsync(inspectionId, cancellationToken);
        if (summary is null || !string.Equals(summary.UnitId, claims.UnitId, StringComparison.Ordinal))
        {
            return UnitLinkRenewalOutcome.NotFound;
        }

        var inspection = await services.LoadAsync(inspectionId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var today = services.LocalDate(now);
        var validThrough = today.AddDays((int)Math.Ceiling(options.Value.DefaultLifetime.TotalDays));
        var link = services.UnitLink(inspection, claims.Purpose, validThrough);
        var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, inspection.VisitDate, link, validThrough, today);
        // Dated on the plan's clock like every other email of the plan (a rehearsal's mail reads in its own time).
        var at = inspection.Plan.Clock?.ToPlanTime(now) ?? now;
        string key = string.Create(CultureInfo.InvariantCulture, $"{inspectionId}:link-renewal:{today:yyyy-MM-dd}");
        return await services.SendToUnitAsync(inspection, EmailTemplateId.UnitLinkRenewed, values, key, at, cancellationToken)
            ? UnitLinkRenewalOutcome.Sent
            : UnitLinkRenewalOutcome.NoMailbox;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A unit link renewal was asked for: {Outcome}")]
    private static partial void LogRenewal(ILogger logger, UnitLinkRenewalOutcome outcome);
}
