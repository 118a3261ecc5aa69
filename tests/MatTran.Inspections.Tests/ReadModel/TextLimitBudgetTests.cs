using Azure.Data.Tables;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.ReadModel;

/// <summary>
/// The largest request of each kind that passes the edge check (<see cref="TextLimits"/>), with the characters that
/// cost the most once stored — emoji (escaped to 12 characters in the read model's JSON) and Vietnamese letters (6 in
/// the plan's ASCII-escaped JSON) — is written to real Table storage: the limits keep every property under 64 KiB and
/// every entity under 1 MiB.
/// </summary>
[TestClass]
public sealed class TextLimitBudgetTests
{
    private static readonly DateTimeOffset At = new(2023, 7, 3, 1, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    /// <summary>Emoji up to <paramref name="limit"/> as <see cref="TextRules.StoredLength"/> counts, so it just passes.</summary>
    private static string Costliest(int limit)
    {
        string text = string.Concat(Enumerable.Repeat("😀", limit / 12));
        Assert.IsLessThanOrEqualTo(limit, TextRules.StoredLength(text));
        return text;
    }

    [TestMethod]
    public async Task The_largest_findings_draft_and_conclusion_fit_in_one_inspection()
    {
        var store = await InspectionStoreAsync();
        const string id = "p.2023.eeeeeeeeeeee.001";
        await CreateAsync(store, id);
        var figures = Enumerable.Range(0, TextLimits.MaxFigures).Select(_ => new Figure(Costliest(TextLimits.FigureLabel), decimal.MaxValue, FigureUnit.Vnd)).ToList();
        var findings = Enumerable.Range(0, TextLimits.MaxFindings)
            .Select(_ => new Finding(Costliest(TextLimits.Topic), FindingType.Limitation, Costliest(TextLimits.FindingText), figures)).ToList();
        var draft = new DraftReportView(new DraftReportRevision(1, Costliest(TextLimits.DraftReport), At, "truongdoan", null), findings);
        var recommendations = Enumerable.Range(0, TextLimits.MaxRecommendations)
            .Select(_ => new Recommendation(Costliest(TextLimits.RecommendationText), Costliest(TextLimits.Responsible), new DateOnly(2023, 12, 31))).ToList();
        var conclusion = new ConclusionView(new Conclusion(Costliest(TextLimits.ConclusionText), Rating.Kha, recommendations, true),
            ConclusionStatus.Returned, "truongdoan", At, "giamsat", At, Costliest(TextLimits.Comment), null, null);

        await store.ChangeAsync(id, new InspectionChange("Largest|1", At, "truongdoan", [(AuditAction.ConclusionReturned, Costliest(TextLimits.Comment))], summary =>
        {
            summary.Conclusion = ReadModelJson.Write(conclusion);
            summary.CancelReason = Costliest(TextLimits.Reason);
            return
            [
                InspectionRowEntity.For(id, InspectionRowKeys.Draft(1), draft),
                InspectionRowEntity.For(id, InspectionRowKeys.Feedback(1, At, "Largest|1"), new UnitFeedback(1, Costliest(TextLimits.FeedbackText), At, null)),
            ];
        }), Ct);

        var details = await store.GetAsync(id, Ct);
        Assert.AreEqual(draft.Revision.Text, details!.Drafts.Single().Revision.Text);
        Assert.HasCount(TextLimits.MaxFindings, details.Drafts.Single().Findings);
        Assert.AreEqual(conclusion.Conclusion.Text, details.Conclusion!.Conclusion.Text);
    }

    [TestMethod]
    public async Task A_remediation_item_keeps_thirty_rounds_of_the_largest_report_and_rejection()
    {
        var store = await InspectionStoreAsync();
        const string id = "p.2023.ffffffffffff.001";
        await CreateAsync(store, id);
        var item = RemediationItem.Open(id + ".r1", id, 0, Costliest(TextLimits.RecommendationText), Costliest(TextLimits.Responsible),
            new DateOnly(2023, 9, 29), At, "giamsat");
        for (int round = 0; round < 30; round++)
        {
            item = item.Reported(At, "unit:xa", Costliest(TextLimits.RemediationReport), null)
                .Rejected(At, "truongdoan", Costliest(TextLimits.Comment), new DateOnly(2023, 10, 1).AddDays(round));
        }

        await store.ChangeAsync(id, new InspectionChange("Largest|2", At, "truongdoan", [],
            _ => [InspectionRowEntity.For(id, InspectionRowKeys.Remediation(item.Id), item)]), Ct);

        Assert.HasCount(61, (await store.GetRemediationAsync(item.Id, Ct))!.Item.History);
    }

    [TestMethod]
    public async Task The_largest_plan_texts_fit_in_the_plan_and_inspection_rows()
    {
        var table = new TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("plans"));
        await table.CreateIfNotExistsAsync(Ct);
        var store = new PlanStore(table, TimeProvider.System);
        var id = PlanId.New("tinh-caobang", 2023);
        static string Vietnamese(int length) => new('ệ', length);
        var plan = new AnnualPlan(id.ToString(), "325/KH-MTTQ-BTT", 2023, "tinh-caobang", Vietnamese(TextLimits.Title),
            [.. Enumerable.Range(0, TextLimits.MaxTopics).Select(i => Vietnamese(TextLimits.Topic - 3) + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))],
            [new PlannedInspection("xa-hanhson", InspectionKind.Inspection, new DateOnly(2023, 6, 19),
                new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), Vietnamese(TextLimits.PersonName),
                [.. Enumerable.Range(0, TextLimits.MaxTeamMembers).Select(_ => Vietnamese(TextLimits.PersonName))],
                [.. Enumerable.Range(0, TextLimits.MaxSiteVisits).Select(i => "xa-" + new string('a', TextLimits.Id - 6) + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))])]);

        Assert.AreEqual(PlanAddOutcome.Added, await store.AddAsync(id, plan, "planner", Ct));

        var stored = await store.FindAsync(id.ToString(), Ct);
        CollectionAssert.AreEqual(plan.Topics.ToArray(), stored!.Topics.ToArray());
        CollectionAssert.AreEqual(plan.Inspections[0].Members.ToArray(), stored.Inspections[0].Planned.Members.ToArray());
    }

    private async Task<InspectionStore> InspectionStoreAsync() =>
        new(new TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("inspections")), TimeProvider.System);

    private async Task CreateAsync(InspectionStore store, string id)
    {
        var summary = new InspectionSummaryEntity
        {
            Id = id,
            PlanId = id[..^4],
            UnitId = "xa-hanhson",
            Kind = InspectionKind.Inspection,
            Stage = InspectionStage.AwaitingApproval,
            VisitDate = "2023-06-19",
            CoveredFrom = "2022-01-01",
            CoveredTo = "2022-12-31",
            TeamLead = Costliest(TextLimits.PersonName),
            Members = ReadModelJson.Write(Enumerable.Range(0, TextLimits.MaxTeamMembers).Select(_ => Costliest(TextLimits.PersonName))),
            SiteVisits = "[]",
        };
        Assert.IsTrue(await store.CreateAsync(summary, new AuditEntry(At, "planner", AuditAction.InspectionScheduled, summary.PlanId, id, null), Ct));
    }
}
