using Azure.Data.Tables;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Remediation;

namespace MatTran.Inspections.Tests.ReadModel;

[TestClass]
public sealed class InspectionStoreTests
{
    private static readonly DateTimeOffset Created = new(2023, 5, 2, 1, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    private async Task<InspectionStore> StoreAsync() =>
        new(new TableClient((await Emulators.GetServersAsync(Ct)).StorageConnectionString, Emulators.UniqueName("inspections")), TimeProvider.System);

    private static InspectionSummaryEntity Summary(string id, string planId, string unitId, InspectionStage stage = InspectionStage.Scheduled) => new()
    {
        Id = id,
        PlanId = planId,
        UnitId = unitId,
        Kind = InspectionKind.Inspection,
        Stage = stage,
        VisitDate = "2023-06-19",
        CoveredFrom = "2022-01-01",
        CoveredTo = "2023-05-31",
        TeamLead = "Nguyễn Văn Hùng",
        Members = "[\"Lê Thị Mai\"]",
        SiteVisits = "[]",
    };

    private async Task CreateAsync(InspectionStore store, InspectionSummaryEntity summary) =>
        Assert.IsTrue(await store.CreateAsync(summary,
            new AuditEntry(Created, "planner", AuditAction.InspectionScheduled, summary.PlanId, summary.Id, null), Ct));

    private static InspectionChange Findings(string id, string stepKey, DateTimeOffset at) => new(stepKey, at, "truongdoan",
        [(AuditAction.FindingsSubmitted, "1 kết quả")], summary =>
        {
            summary.LatestRevision++;
            summary.Stage = InspectionStage.AwaitingUnitFeedback;
            var draft = new DraftReportView(new DraftReportRevision(summary.LatestRevision, "Dự thảo", at, "truongdoan", null),
                [new Finding("Quỹ Vì người nghèo", FindingType.Achievement, "Vận động tốt.", [])]);
            return [InspectionRowEntity.For(id, InspectionRowKeys.Draft(summary.LatestRevision), draft)];
        });

    [TestMethod]
    public async Task A_change_is_read_back_with_its_rows_and_audit_lines()
    {
        var store = await StoreAsync();
        await CreateAsync(store, Summary("p.2023.aaaaaaaaaaaa.001", "p.2023.aaaaaaaaaaaa", "xa-hanhson"));
        var at = new DateTimeOffset(2023, 6, 22, 1, 0, 0, TimeSpan.Zero);

        var result = await store.ChangeAsync("p.2023.aaaaaaaaaaaa.001", Findings("p.2023.aaaaaaaaaaaa.001", "RecordFindings|1", at), Ct);

        Assert.IsTrue(result.Applied);
        var details = await store.GetAsync("p.2023.aaaaaaaaaaaa.001", Ct);
        Assert.IsNotNull(details);
        Assert.AreEqual(InspectionStage.AwaitingUnitFeedback, details.Summary.Stage);
        Assert.AreEqual(at, details.Summary.UpdatedAt);
        Assert.AreEqual(new DateOnly(2023, 6, 19), details.Summary.VisitDate);
        Assert.AreEqual(new DateOnly(2022, 1, 1), details.CoveredPeriod.From);
        CollectionAssert.AreEqual(new[] { "Lê Thị Mai" }, details.Members.ToArray());
        Assert.HasCount(1, details.Drafts);
        Assert.AreEqual(1, details.Drafts[0].Revision.Revision);
        Assert.AreEqual("Quỹ Vì người nghèo", details.Drafts[0].Findings[0].Topic);
        CollectionAssert.AreEqual(new[] { AuditAction.InspectionScheduled, AuditAction.FindingsSubmitted }, details.Audit.Select(a => a.Action).ToArray());
        Assert.AreEqual("p.2023.aaaaaaaaaaaa", details.Audit[1].PlanId);
    }

    [TestMethod]
    public async Task A_redelivered_change_is_applied_once_and_keeps_one_audit_line()
    {
        var store = await StoreAsync();
        const string id = "p.2023.bbbbbbbbbbbb.001";
        await CreateAsync(store, Summary(id, "p.2023.bbbbbbbbbbbb", "xa-hanhson"));
        var at = new DateTimeOffset(2023, 6, 22, 1, 0, 0, TimeSpan.Zero);

        var first = await store.ChangeAsync(id, Findings(id, "RecordFindings|same", at), Ct);
        var second = await store.ChangeAsync(id, Findings(id, "RecordFindings|same", at), Ct);

        Assert.IsTrue(first.Applied);
        Assert.IsFalse(second.Applied);
        Assert.AreEqual(1, second.Summary.LatestRevision);
        var details = await store.GetAsync(id, Ct);
        Assert.HasCount(1, details!.Drafts);
        Assert.AreEqual(1, details.Audit.Count(a => a.Action == AuditAction.FindingsSubmitted));
    }

    [TestMethod]
    public async Task Audit_lines_recorded_at_the_same_instant_come_back_in_the_order_they_were_recorded()
    {
        var store = await StoreAsync();
        const string id = "p.2023.dddddddddddd.001";
        await CreateAsync(store, Summary(id, "p.2023.dddddddddddd", "xa-hanhson"));
        // A rehearsal's steps often share one plan instant: the approval and the issue of the conclusion, the remediation
        // opened by it, a return and the resubmission it caused. Their order must be the order the workflow applied them.
        var at = new DateTimeOffset(2023, 7, 3, 1, 0, 0, TimeSpan.Zero);
        var expected = new List<string>();
        for (int step = 0; step < 8; step++)
        {
            string first = $"bước {step}: đầu", second = $"bước {step}: sau";
            expected.AddRange([first, second]);
            await store.ChangeAsync(id, new InspectionChange($"Step|{id}#{step + 2}|{at:O}", at, "system",
                [(AuditAction.ConclusionApproved, first), (AuditAction.ConclusionIssued, second)], _ => []), Ct);
        }

        var details = await store.GetAsync(id, Ct);

        CollectionAssert.AreEqual(expected, details!.Audit.Skip(1).Select(a => a.Details).ToList());
        Assert.AreEqual(AuditAction.InspectionScheduled, details.Audit[0].Action);
    }

    [TestMethod]
    public async Task Concurrent_changes_to_one_inspection_all_land_because_the_summary_is_replaced_under_its_etag()
    {
        var store = await StoreAsync();
        const string id = "p.2023.cccccccccccc.001";
        await CreateAsync(store, Summary(id, "p.2023.cccccccccccc", "xa-hanhson"));
        var at = new DateTimeOffset(2023, 6, 22, 1, 0, 0, TimeSpan.Zero);

        // Each change bumps the revision it read: without If-Match, parallel writers would overwrite each other's count.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => store.ChangeAsync(id, Findings(id, "RecordFindings|" + i, at.AddMinutes(i)), Ct)));

        var summary = await store.ReadSummaryAsync(id, Ct);
        Assert.AreEqual(6, summary!.LatestRevision);
        Assert.AreEqual(7, summary.Version);
        var details = await store.GetAsync(id, Ct);
        CollectionAssert.AreEqual(Enumerable.Range(1, 6).ToArray(), details!.Drafts.Select(d => d.Revision.Revision).ToArray());
        Assert.AreEqual(6, details.Audit.Count(a => a.Action == AuditAction.FindingsSubmitted));
    }

    [TestMethod]
    public async Task A_draft_and_conclusion_longer_than_one_table_property_round_trip()
    {
        var store = await StoreAsync();
        const string id = "p.2023.999999999999.001";
        await CreateAsync(store, Summary(id, "p.2023.999999999999", "xa-hanhson"));
        var at = new DateTimeOffset(2023, 6, 22, 1, 0, 0, TimeSpan.Zero);
        // Vietnamese with combining-free precomposed letters, and an emoji (a surrogate pair) across the first part boundary.
        string longText = new string('ệ', TextChunks.MaxPartChars - 1) + "😀" + string.Concat(Enumerable.Repeat("Báo cáo kết quả kiểm tra. ", 4000));
        var conclusion = new ConclusionView(new Conclusion(longText, Rating.Kha, [], false), ConclusionStatus.Submitted,
            "truongdoan", at, null, null, null, null, null);

        await store.ChangeAsync(id, new InspectionChange("RecordFindings|long", at, "truongdoan", [], summary =>
        {
            summary.Conclusion = ReadModelJson.Write(conclusion);
            return [InspectionRowEntity.For(id, InspectionRowKeys.Draft(1),
                new DraftReportView(new DraftReportRevision(1, longText, at, "truongdoan", null), []))];
        }), Ct);

        var details = await store.GetAsync(id, Ct);
        Assert.AreEqual(longText, details!.Drafts.Single().Revision.Text);
        Assert.AreEqual(longText, details.Conclusion!.Conclusion.Text);
    }

    [TestMethod]
    public void Text_parts_never_split_a_surrogate_pair_and_too_long_text_is_refused()
    {
        string text = new string('a', TextChunks.MaxPartChars - 1) + "😀b";

        var parts = TextChunks.Split(text, 3);

        Assert.AreEqual(TextChunks.MaxPartChars - 1, parts[0]!.Length);
        Assert.AreEqual("😀b", parts[1]);
        Assert.IsNull(parts[2]);
        Assert.AreEqual(text, TextChunks.Join(parts));
        Assert.ThrowsExactly<InvalidOperationException>(() => TextChunks.Split(new string('a', TextChunks.MaxPartChars * 2 + 1), 2));
    }

    [TestMethod]
    public async Task Creating_an_existing_inspection_changes_nothing()
    {
        var store = await StoreAsync();
        const string id = "p.2023.dddddddddddd.001";
        await CreateAsync(store, Summary(id, "p.2023.dddddddddddd", "xa-hanhson"));

        bool again = await store.CreateAsync(Summary(id, "p.2023.dddddddddddd", "xa-khac", InspectionStage.Closed),
            new AuditEntry(Created, "planner", AuditAction.InspectionScheduled, "p.2023.dddddddddddd", id, null), Ct);

        Assert.IsFalse(again);
        var details = await store.GetAsync(id, Ct);
        Assert.AreEqual("xa-hanhson", details!.Summary.UnitId);
        Assert.AreEqual(InspectionStage.Scheduled, details.Summary.Stage);
        Assert.HasCount(1, details.Audit);
    }

    [TestMethod]
    public async Task List_filters_by_plan_unit_and_stage_and_orders_by_id()
    {
        var store = await StoreAsync();
        await CreateAsync(store, Summary("k.2023.eeeeeeeeeeee.002", "k.2023.eeeeeeeeeeee", "xa-b", InspectionStage.NoticeSent));
        await CreateAsync(store, Summary("k.2023.eeeeeeeeeeee.001", "k.2023.eeeeeeeeeeee", "xa-a"));
        await CreateAsync(store, Summary("k.2023.eeeeeeeeeeee.003", "k.2023.eeeeeeeeeeee", "xa-a", InspectionStage.NoticeSent));
        await CreateAsync(store, Summary("k.2023.ffffffffffff.001", "k.2023.ffffffffffff", "xa-a"));

        static string[] Ids(IReadOnlyList<InspectionSummary> list) => [.. list.Select(s => s.Id)];

        CollectionAssert.AreEqual(new[] { "k.2023.eeeeeeeeeeee.001", "k.2023.eeeeeeeeeeee.002", "k.2023.eeeeeeeeeeee.003", "k.2023.ffffffffffff.001" },
            Ids(await store.ListAsync(cancellationToken: Ct)));
        CollectionAssert.AreEqual(new[] { "k.2023.eeeeeeeeeeee.001", "k.2023.eeeeeeeeeeee.002", "k.2023.eeeeeeeeeeee.003" },
            Ids(await store.ListAsync(planId: "k.2023.eeeeeeeeeeee", cancellationToken: Ct)));
        CollectionAssert.AreEqual(new[] { "k.2023.eeeeeeeeeeee.001", "k.2023.eeeeeeeeeeee.003", "k.2023.ffffffffffff.001" },
            Ids(await store.ListAsync(unitId: "xa-a", cancellationToken: Ct)));
        CollectionAssert.AreEqual(new[] { "k.2023.eeeeeeeeeeee.003" },
            Ids(await store.ListAsync("k.2023.eeeeeeeeeeee", "xa-a", InspectionStage.NoticeSent, Ct)));
    }

    [TestMethod]
    public async Task A_filter_value_with_quotes_matches_nothing_instead_of_widening_the_query()
    {
        var store = await StoreAsync();
        await CreateAsync(store, Summary("q.2023.aaaaaaaaaaaa.001", "q.2023.aaaaaaaaaaaa", "xa-a"));

        var list = await store.ListAsync(unitId: "x' or UnitId ne 'x", cancellationToken: Ct);

        Assert.IsEmpty(list);
    }

    [TestMethod]
    public async Task Adding_a_document_twice_keeps_the_first_listing()
    {
        var store = await StoreAsync();
        const string id = "d.2023.aaaaaaaaaaaa.001";
        await CreateAsync(store, Summary(id, "d.2023.aaaaaaaaaaaa", "xa-a"));
        var stored = new StoredDocument("d.2023.aaaaaaaaaaaa/" + id + "/notice/1-thong-bao.docx", "d.2023.aaaaaaaaaaaa", id, DocumentKind.Notice, 1,
            "thong-bao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new string('a', 64), "system", 1234);

        var first = await store.AddDocumentAsync(stored, Created, "1/TB-MTTQ-BTT", Ct);
        var second = await store.AddDocumentAsync(stored, Created.AddHours(1), "2/TB-MTTQ-BTT", Ct);

        Assert.AreEqual(id + ".notice.v1", first.Id);
        Assert.AreEqual(first, second);
        Assert.AreEqual(first, await store.GetDocumentAsync(first.Id, Ct));
        Assert.HasCount(1, (await store.GetAsync(id, Ct))!.Documents);
        Assert.IsNull(await store.GetDocumentAsync(id + ".notice.v2", Ct));
        Assert.IsNull(await store.GetDocumentAsync("not-a-document-id", Ct));
    }

    [TestMethod]
    public async Task Remediation_is_found_by_its_id_with_the_plan_and_unit_of_its_inspection()
    {
        var store = await StoreAsync();
        const string id = "r.2023.aaaaaaaaaaaa.001";
        await CreateAsync(store, Summary(id, "r.2023.aaaaaaaaaaaa", "xa-a"));
        var item = RemediationItem.Open(id + ".r1", id, 0, "Cập nhật sổ sách", "Ban Thường trực", new DateOnly(2023, 9, 29), Created, "giamsat");
        await store.ChangeAsync(id, new InspectionChange("IssueConclusion", Created, "giamsat", [],
            _ => [InspectionRowEntity.For(id, InspectionRowKeys.Remediation(item.Id), item)]), Ct);

        var record = await store.GetRemediationAsync(id + ".r1", Ct);

        Assert.IsNotNull(record);
        Assert.AreEqual("r.2023.aaaaaaaaaaaa", record.PlanId);
        Assert.AreEqual("xa-a", record.UnitId);
        Assert.AreEqual(item.DueDate, record.Item.DueDate);
        Assert.AreEqual(RemediationStatus.Open, record.Item.Status);
        Assert.IsNull(await store.GetRemediationAsync(id + ".r2", Ct));
        Assert.IsNull(await store.GetRemediationAsync("no-shape", Ct));
        Assert.IsNull(await store.GetAsync("missing/id", Ct));
    }
}
