using MatTran.Inspections.Committees;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>
/// Recommendations addressed to the committee's own departments (Văn phòng, Ban Dân chủ - Pháp luật, Ban Tuyên giáo,
/// Ban Phong trào) or to a unit, as the API resolves them, become remediation items that keep their addressee, the
/// staff member who follows them up and their due date, and the cross-plan list finds them by department and unit.
/// </summary>
[TestClass]
public sealed class AddressedRecommendationTests
{
    private static readonly DateOnly FirstDue = new(2023, 9, 29);
    private static readonly DateOnly SecondDue = new(2023, 10, 31);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Each_addressed_recommendation_becomes_an_item_with_its_department_or_unit_owner_and_due_date()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        foreach (var (id, name) in new[] { ("van-phong", "Văn phòng"), ("ban-tuyen-giao", "Ban Tuyên giáo"), ("ban-phong-trao", "Ban Phong trào") })
        {
            await world.Directories.UpsertAsync(new Department(id, world.IssuerId, name), Ct);
        }

        var (addressed, validation) = RecommendationAddressing.Resolve(
        [
            new Recommendation("Rà soát quy chế làm việc của cơ quan", "Văn phòng Ủy ban", FirstDue, DepartmentId: "van-phong", OwnerStaffId: "nguyen-van-hung"),
            new Recommendation("Hướng dẫn giám sát đầu tư của cộng đồng", "Ban", SecondDue, DepartmentId: "ban-dan-chu-phap-luat"),
            new Recommendation("Tuyên truyền Nghị quyết Đại hội", "Ban Tuyên giáo", FirstDue),
            new Recommendation("Nhân rộng mô hình khu dân cư kiểu mẫu", "Ban", SecondDue, DepartmentId: "ban-phong-trao", OwnerStaffId: "hoang-van-thu"),
            new Recommendation("Kiện toàn Ban công tác Mặt trận các khu dân cư", "Thường trực", SecondDue, UnitId: world.UnitId),
        ], await world.Units.DirectoryAsync(Ct), await world.Directories.ReadAsync(world.IssuerId, Ct));
        Assert.IsTrue(validation.IsValid);
        string inspectionId = await ConcludeAsync(world, addressed);

        var items = new List<RemediationItem>();
        for (int n = 1; n <= 5; n++)
        {
            var record = await world.Inspections.GetRemediationAsync($"{inspectionId}.r{n}", Ct);
            Assert.IsNotNull(record, $"item r{n}");
            items.Add(record.Item);
        }

        var expected = new (string Responsible, string? Department, string? Unit, string? Owner, DateOnly Due)[]
        {
            ("Văn phòng", "van-phong", null, "nguyen-van-hung", FirstDue),
            ("Ban Dân chủ - Pháp luật", "ban-dan-chu-phap-luat", null, null, SecondDue),
            ("Ban Tuyên giáo", "ban-tuyen-giao", null, null, FirstDue),
            ("Ban Phong trào", "ban-phong-trao", null, "hoang-van-thu", SecondDue),
            ("Ủy ban MTTQ Việt Nam xã Hạnh Sơn", null, world.UnitId, null, SecondDue),
        };
        CollectionAssert.AreEqual(expected, items.Select(i => (i.Responsible, i.DepartmentId, i.AddresseeUnitId, i.OwnerStaffId, i.DueDate)).ToArray());
        Assert.IsTrue(items.All(i => i.Status == RemediationStatus.Open));

        CollectionAssert.AreEqual(new[] { inspectionId + ".r2" }, await IdsAsync(world, departmentId: "ban-dan-chu-phap-luat"));
        CollectionAssert.AreEqual(new[] { inspectionId + ".r1" }, await IdsAsync(world, issuerUnitId: world.IssuerId, departmentId: "van-phong"));
        CollectionAssert.AreEquivalent(items.Select(i => i.Id).ToArray(), await IdsAsync(world, unitId: world.UnitId), "the inspected unit's items, whoever carries them out");
        Assert.IsEmpty(await IdsAsync(world, departmentId: "van-phong", unitId: "xa-khong-co"));
    }

    [TestMethod]
    public async Task A_responsible_party_given_as_a_unit_id_is_printed_and_tracked_by_the_units_name()
    {
        using var world = await ActivityWorld.CreateAsync(Ct);
        string inspectionId = await ConcludeAsync(world,
        [
            new Recommendation("Kiện toàn Ban công tác Mặt trận các khu dân cư", world.UnitId, FirstDue),
            new Recommendation("Tuyên truyền Nghị quyết Đại hội", "Ban Tuyên giáo", SecondDue),
        ]);

        var first = await world.Inspections.GetRemediationAsync($"{inspectionId}.r1", Ct);
        var second = await world.Inspections.GetRemediationAsync($"{inspectionId}.r2", Ct);
        Assert.AreEqual("Ủy ban MTTQ Việt Nam xã Hạnh Sơn", first?.Item.Responsible);
        Assert.AreEqual("Ban Tuyên giáo", second?.Item.Responsible, "a party that is no unit's id is kept as written");
    }

    /// <summary>Launch to approved conclusion with these recommendations; each item then opened by its workflow's first step.</summary>
    private static async Task<string> ConcludeAsync(ActivityWorld world, IReadOnlyList<Recommendation> recommendations)
    {
        string id = (await world.StartAsync()).InspectionId;
        var services = world.Services;
        await new IssueNotice(services).RunAsync(ActivityWorld.Context(ActivityNames.IssueNotice, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(new DateOnly(2023, 6, 5))));
        await new StartVisit(services).RunAsync(ActivityWorld.Context(ActivityNames.StartVisit, id), new InspectionStep(world.NextKey(id), id, ActivityWorld.At(ActivityWorld.VisitDate)));
        await new RecordFindings(services).RunAsync(ActivityWorld.Context(ActivityNames.RecordFindings, id),
            new SignalStep(world.NextKey(id), id, Requests.Findings(), ActivityWorld.At(new DateOnly(2023, 6, 22))));
        var conclusion = new InspectionSignal(InspectionSignalKind.Conclusion, "truongdoan",
            Conclusion: new Conclusion("Đơn vị thực hiện khá các nội dung; cơ quan Ủy ban cần tham mưu khắc phục.", Rating.Kha, recommendations, false));
        await new SubmitConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.SubmitConclusion, id),
            new SignalStep(world.NextKey(id), id, conclusion, ActivityWorld.At(new DateOnly(2023, 7, 3))));
        var issued = await new IssueConclusion(services).RunAsync(ActivityWorld.Context(ActivityNames.IssueConclusion, id),
            new ApprovalStep(world.NextKey(id), id, Requests.Approve(), ActivityWorld.At(new DateOnly(2023, 7, 5)), ActivityWorld.Clock));
        foreach (var remediation in issued.Remediations)
        {
            await IssueConclusionTests.OpenAsync(world, remediation);
        }

        return id;
    }

    private async Task<string[]> IdsAsync(ActivityWorld world, string? issuerUnitId = null, string? departmentId = null, string? unitId = null) =>
        [.. (await world.Inspections.ListRemediationsAsync(issuerUnitId, departmentId, unitId, cancellationToken: Ct)).Select(e => e.Item.Id)];
}
