using System.Globalization;
using Azure.Data.Tables;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Committees;
using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Numbering;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Documents.Templates;
using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Links;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Committees;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Units;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>
/// What the inspection activities share: the stores, the timeline, links, numbering and email, plus the few things
/// every step does the same way (loading its inspection, the local date of a step, composing a unit's link and an
/// email, issuing a numbered document). One DI registration, so each activity takes a single dependency.
/// Every time they are given is plan time (the step's <c>At</c>): what is recorded, dated, emailed and numbered.
/// </summary>
public sealed class InspectionActivityServices(
    InspectionStore inspections,
    PlanStore plans,
    UnitStore units,
    CommitteeDirectoryStore directories,
    DocumentStore documents,
    DocumentNumberAllocator numbers,
    UnitLinkSigner links,
    InspectionTimeline timeline,
    WorkingDayCalendar calendar,
    IOptions<InspectionSchedulePolicy> policy,
    IOptions<InspectionWorkflowOptions> options,
    IEmailSender email,
    IHostApplicationLifetime lifetime)
{
    /// <summary>Who acts when a timer, not a person, moves the workflow.</summary>
    public const string SystemActor = "system";

    public InspectionStore Inspections => inspections;

    public PlanStore Plans => plans;

    public UnitStore Units => units;

    public CommitteeDirectoryStore Directories => directories;

    public DocumentStore Documents => documents;

    public DocumentNumberAllocator Numbers => numbers;

    public InspectionTimeline Timeline => timeline;

    public WorkingDayCalendar Calendar => calendar;

    public InspectionSchedulePolicy Policy => policy.Value;

    public InspectionWorkflowOptions Options => options.Value;

    /// <summary>
    /// Cancels the steps' storage and mail I/O when the host shuts down (the activity context carries no token). A
    /// step cut off this way has stored nothing it cannot repeat: the engine delivers it again to this or another worker.
    /// </summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    /// <summary>The Vietnamese calendar date of a plan time: deadlines and documents are dated locally.</summary>
    public DateOnly LocalDate(DateTime at) => DateOnly.FromDateTime(StepKeys.Utc(at).ToOffset(Policy.UtcOffset).DateTime);

    /// <summary>One step's change to its inspection (see <see cref="InspectionStore"/>), recorded at the step's plan time.</summary>
    internal Task<InspectionChangeResult> ChangeAsync(
        string inspectionId, string stepKey, DateTime at, string actor, IReadOnlyList<(AuditAction Action, string? Details)> audit,
        Func<InspectionSummaryEntity, IReadOnlyList<ITableEntity>> apply, CancellationToken cancellationToken) =>
        inspections.ChangeAsync(inspectionId, new InspectionChange(stepKey, StepKeys.Utc(at), actor, audit, apply), cancellationToken);

    internal async Task<InspectionSummaryEntity> SummaryAsync(string inspectionId, CancellationToken cancellationToken) =>
        await inspections.ReadSummaryAsync(inspectionId, cancellationToken)
            ?? throw new InvalidOperationException($"Inspection {inspectionId} is not in the read model.");

    internal async Task<InspectionParticulars> LoadAsync(string inspectionId, CancellationToken cancellationToken)
    {
        var summary = await inspections.ReadSummaryAsync(inspectionId, cancellationToken)
            ?? throw new InvalidOperationException($"Inspection {inspectionId} is not in the read model.");
        var plan = await plans.FindAsync(summary.PlanId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan {summary.PlanId} of inspection {inspectionId} does not exist.");
        var unit = await units.FindAsync(summary.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {summary.UnitId} of inspection {inspectionId} does not exist.");
        var issuer = await units.FindAsync(plan.IssuerUnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Issuer {plan.IssuerUnitId} of plan {plan.Id} does not exist.");
        var staff = await directories.ReadAsync(plan.IssuerUnitId, cancellationToken);
        return new InspectionParticulars(summary, plan, unit, issuer, staff);
    }

    /// <summary>
    /// The name of each of <paramref name="responsible"/> that is a unit's id; other values (a department, a free-text
    /// party) are left out. One point read per distinct id.
    /// </summary>
    internal async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(IEnumerable<string> responsible, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string id in responsible.Where(UnitIds.IsValid).Distinct(StringComparer.Ordinal))
        {
            if (await units.FindAsync(id, cancellationToken) is { } unit)
            {
                names[id] = unit.Name;
            }
        }

        return names;
    }

    /// <summary>
    /// The unit's signed link to its inspection page, valid to the end of <paramref name="validThrough"/> (local time).
    /// Signed with an explicit expiry rather than "now + lifetime", so a redelivered step emails the same link.
    /// </summary>
    internal Uri UnitLink(InspectionParticulars inspection, UnitLinkPurpose purpose, DateOnly validThrough)
    {
        var expires = new DateTimeOffset(validThrough.AddDays(1).ToDateTime(TimeOnly.MinValue), Policy.UtcOffset);
        string token = links.Sign(new UnitLinkClaims(inspection.Unit.Id, inspection.Summary.Id, expires, purpose));
        return new Uri($"{BaseUrl()}/units/inspections/{Uri.EscapeDataString(inspection.Summary.Id)}?t={Uri.EscapeDataString(token)}");
    }

    /// <summary>Staff open the inspection in the app; access there is by sign-in, so the link carries nothing.</summary>
    // The inspection's page in the staff web app (web/MatTran.Web), not the API's JSON.
    internal Uri StaffLink(string inspectionId) => new($"{BaseUrl()}/inspections/{Uri.EscapeDataString(inspectionId)}");

    /// <summary>Every placeholder filled from the inspection, so any template can be rendered from these values.</summary>
    internal static EmailTemplateValues Values(
        InspectionParticulars inspection, string recipientName, DateOnly dueDate, Uri link, DateOnly linkExpiresOn,
        DateOnly today, string? recommendation = null, DateOnly? waitingSince = null)
    {
        var summary = inspection.Summary;
        string documentNumber = ReadModelJson.ReadOptional<ConclusionView>(summary.Conclusion)?.Number ?? summary.NoticeNumber ?? string.Empty;
        return new EmailTemplateValues()
            .Set(EmailPlaceholders.RecipientName, recipientName)
            .Set(EmailPlaceholders.UnitName, inspection.Unit.Name)
            .Set(EmailPlaceholders.IssuerName, "Ban Thường trực " + inspection.Issuer.Name)
            .Set(EmailPlaceholders.Activity, InspectionDocumentTexts.ActivityNoun(summary.Kind))
            .Set(EmailPlaceholders.SelfReport, InspectionTexts.SelfReportNoun(summary.Kind))
            .Set(EmailPlaceholders.PlanNumber, inspection.Plan.Number)
            .Set(EmailPlaceholders.DocumentNumber, documentNumber)
            .Set(EmailPlaceholders.VisitDate, inspection.VisitDate)
            .Set(EmailPlaceholders.DueDate, dueDate)
            .Set(EmailPlaceholders.DaysOverdue, Math.Max(0, today.DayNumber - dueDate.DayNumber))
            .Set(EmailPlaceholders.DaysWaiting, Math.Max(0, today.DayNumber - (waitingSince ?? today).DayNumber))
            .Set(EmailPlaceholders.Recommendation, recommendation ?? string.Empty)
            .Link(EmailPlaceholders.Link, link)
            .Set(EmailPlaceholders.LinkExpiresOn, linkExpiresOn);
    }

    /// <summary>Emails the inspected unit; false when the unit has no mailbox (residential areas often have none).</summary>
    internal async Task<bool> SendToUnitAsync(
        InspectionParticulars inspection, EmailTemplateId template, EmailTemplateValues values, string idempotencyKey, DateTime at,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(inspection.Unit.Email))
        {
            return false;
        }

        await email.SendAsync(
            EmailComposer.Compose(template, values, [new EmailAddress(inspection.Unit.Email, inspection.Unit.Name)], idempotencyKey) with { Date = StepKeys.Utc(at) },
            cancellationToken);
        return true;
    }

    /// <summary>
    /// Emails the staff (planner, supervisor, team lead) at the plan issuer's office mailbox; the template's greeting
    /// names the role. False when the issuer has no mailbox.
    /// </summary>
    internal async Task<bool> SendToIssuerAsync(
        InspectionParticulars inspection, EmailTemplateId template, EmailTemplateValues values, string idempotencyKey, DateTime at,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(inspection.Issuer.Email))
        {
            return false;
        }

        await email.SendAsync(
            EmailComposer.Compose(template, values, [new EmailAddress(inspection.Issuer.Email, "Ban Thường trực " + inspection.Issuer.Name)], idempotencyKey)
                with { Date = StepKeys.Utc(at) },
            cancellationToken);
        return true;
    }

    /// <summary>
    /// Emails the inspection's team lead: to their own mailbox when the committee's staff directory knows them (by
    /// the name, id or sign-in in the plan's team-lead line), else to the issuer's office mailbox. False when neither exists.
    /// </summary>
    internal async Task<bool> SendToTeamLeadAsync(
        InspectionParticulars inspection, EmailTemplateId template, EmailTemplateValues values, string idempotencyKey, DateTime at,
        CancellationToken cancellationToken)
    {
        if (inspection.TeamLead is { Email: { Length: > 0 } mailbox } lead)
        {
            await email.SendAsync(
                EmailComposer.Compose(template, values, [new EmailAddress(mailbox, lead.Name)], idempotencyKey) with { Date = StepKeys.Utc(at) },
                cancellationToken);
            return true;
        }

        return await SendToIssuerAsync(inspection, template, values, idempotencyKey, at, cancellationToken);
    }

    /// <summary>
    /// Tells the team lead the unit has acted (self-report, explanation, remediation report), with a link into the
    /// app; keyed by <paramref name="idempotencyKey"/>, so a redelivered step emails nothing more.
    /// </summary>
    internal async Task NotifyTeamLeadAsync(
        InspectionParticulars inspection, EmailTemplateId template, string idempotencyKey, DateTime at, CancellationToken cancellationToken,
        string? recommendation = null)
    {
        var today = LocalDate(at);
        var values = Values(inspection, inspection.Summary.TeamLead, today, StaffLink(inspection.Summary.Id), today, today, recommendation);
        await SendToTeamLeadAsync(inspection, template, values, idempotencyKey, at, cancellationToken);
    }

    /// <summary>
    /// Numbers, writes (.docx), stores and lists one official document. Every part is keyed by
    /// <paramref name="idempotencyKey"/>, so a redelivered step gets the same number, blob version and listing.
    /// </summary>
    internal async Task<InspectionDocument> IssueDocumentAsync(
        InspectionParticulars inspection, DocumentType type, DocumentKind kind, string fileName, DateTime at, string idempotencyKey,
        Func<DocumentIssue, OfficialDocument> build, CancellationToken cancellationToken)
    {
        var issuer = StandingBoardIssuer.For(inspection.Issuer, inspection.Plan.Number);
        var date = LocalDate(at);
        var number = await numbers.AllocateAsync(issuer, type, date.Year, idempotencyKey, cancellationToken);
        // The writer closes every recipients list with the records office copy itself.
        var issue = new DocumentIssue(issuer, number, date, Signature(inspection.Directory, inspection.Plan.ApprovedBy), []);
        return await WriteAndListAsync(inspection, kind, fileName, at, idempotencyKey, build(issue), number.Text, cancellationToken);
    }

    /// <summary>
    /// Writes, stores and lists a draft (dự thảo) for the unit: unnumbered, since a number is taken only when a
    /// document is issued; keyed by <paramref name="idempotencyKey"/> like an issued one.
    /// </summary>
    internal async Task<InspectionDocument> StoreDraftAsync(
        InspectionParticulars inspection, DocumentType type, DocumentKind kind, string fileName, DateTime at, string idempotencyKey,
        Func<DocumentIssue, OfficialDocument> build, CancellationToken cancellationToken)
    {
        var issuer = StandingBoardIssuer.For(inspection.Issuer, inspection.Plan.Number);
        var date = LocalDate(at);
        var issue = new DocumentIssue(issuer, new DocumentNumber(0, date.Year, type, issuer.Symbol), date, Signature(inspection.Directory, inspection.Plan.ApprovedBy), []);
        return await WriteAndListAsync(inspection, kind, fileName, at, idempotencyKey, build(issue), numberText: null, cancellationToken);
    }

    /// <summary>Writes the .docx, stores it as the next version of its kind and lists it on the inspection.</summary>
    private async Task<InspectionDocument> WriteAndListAsync(
        InspectionParticulars inspection, DocumentKind kind, string fileName, DateTime at, string idempotencyKey,
        OfficialDocument document, string? numberText, CancellationToken cancellationToken)
    {
        var stored = await documents.SaveAsync(new DocumentUpload
        {
            PlanId = inspection.Plan.Id,
            InspectionId = inspection.Summary.Id,
            Kind = kind,
            FileName = fileName,
            ContentType = DocxWriter.ContentType,
            Content = BinaryData.FromBytes(new DocxWriter().Write(document)),
            Uploader = SystemActor,
            IdempotencyKey = idempotencyKey,
        }, cancellationToken);
        return await inspections.AddDocumentAsync(stored, StepKeys.Utc(at), numberText, cancellationToken);
    }

    /// <summary>The facts the decision, notice and conclusion quote.</summary>
    internal InspectionFacts Facts(InspectionParticulars inspection)
    {
        var summary = inspection.Summary;
        var plan = inspection.Plan;
        var planDate = (plan.ApprovedAt ?? plan.CreatedAt).ToOffset(Policy.UtcOffset);
        string fallbackPosition = "cán bộ " + inspection.Issuer.Name;
        var team = new List<TeamMemberLine> { Member(summary.TeamLead, TeamRole.Lead, fallbackPosition, inspection.Directory) };
        team.AddRange(ReadModelJson.Read<string[]>(summary.Members).Select(m => Member(m, TeamRole.Member, fallbackPosition, inspection.Directory)));
        return new InspectionFacts
        {
            Kind = summary.Kind,
            UnitName = inspection.Unit.Name,
            Plan = new DocumentReference(plan.Number, DateOnly.FromDateTime(planDate.DateTime), PlanSubject.About(plan.Title)),
            Topics = plan.TopicsOf(summary.ParentInspectionId is { } parent ? parent : summary.Id),
            CoveredFrom = InspectionStore.ParseDate(summary.CoveredFrom),
            CoveredTo = InspectionStore.ParseDate(summary.CoveredTo),
            VisitDate = inspection.VisitDate,
            VisitPlace = "trụ sở " + inspection.Unit.Name,
            Team = team,
        };
    }

    internal static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Nguyễn Văn A, Phó Chủ tịch" → name and position; a bare name (or a staff id) the directory knows gets the
    /// name and position recorded there; any other bare name gets the issuer's staff as position.
    /// </summary>
    private static TeamMemberLine Member(string text, TeamRole role, string fallbackPosition, CommitteeDirectory directory)
    {
        int comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < text.Length - 1)
        {
            return new TeamMemberLine(text[..comma].Trim(), text[(comma + 1)..].Trim(), role);
        }

        return directory.Find(text) is { } member
            ? new TeamMemberLine(member.Name, member.Position, role)
            : new TeamMemberLine(text.Trim(), fallbackPosition, role);
    }

    /// <summary>
    /// The standing board's signature: name and position of the signer in the committee's staff directory (the
    /// approver when they may sign, else the designated signer), never a sign-in name; with nobody designated the
    /// name is left for the pen.
    /// </summary>
    internal static SignatureBlock Signature(CommitteeDirectory directory, string? approvedBy)
    {
        var signer = directory.Signer(approvedBy);
        return new SignatureBlock(DocumentTexts.StandingBoardAuthority, signer?.Position ?? DocumentTexts.DefaultSignerPosition, signer?.Name ?? string.Empty);
    }

    private string BaseUrl() => Options.PublicBaseUrl.TrimEnd('/');
}
