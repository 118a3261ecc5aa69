using MatTran.Inspections.Committees;
using MatTran.Inspections.Conclusions;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Conclusions;

/// <summary>
/// Whom a recommendation is addressed to: a department of the issuing committee or a unit, by id or recognised from
/// the "responsible" text, always printed by name; an id nobody has is an error naming the field.
/// </summary>
[TestClass]
public sealed class RecommendationAddressingTests
{
    private static readonly DateOnly Due = new(2027, 9, 30);

    private static readonly UnitDirectory Units = new(
    [
        new Unit("cb", "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", UnitLevel.Province, null, null),
        new Unit("cb-haquang", "Ủy ban MTTQ Việt Nam huyện Hà Quảng", UnitLevel.District, "cb", null),
    ]);

    private static readonly CommitteeDirectory Committee = new("cb",
        [
            new Department("van-phong", "cb", "Văn phòng"),
            new Department("ban-dan-chu-phap-luat", "cb", "Ban Dân chủ - Pháp luật"),
            new Department("ban-tuyen-giao", "cb", "Ban Tuyên giáo"),
            new Department("ban-phong-trao", "cb", "Ban Phong trào"),
        ],
        [new StaffMember("nong-van-khanh", "cb", "Nông Văn Khánh", "Trưởng Ban Phong trào", null, "ban-phong-trao", null, false)]);

    [TestMethod]
    [DataRow("van-phong", "Văn phòng")]
    [DataRow("ban-dan-chu-phap-luat", "Ban Dân chủ - Pháp luật")]
    [DataRow("ban-tuyen-giao", "Ban Tuyên giáo")]
    [DataRow("ban-phong-trao", "Ban Phong trào")]
    public void A_department_id_is_kept_and_printed_by_its_name(string departmentId, string name)
    {
        var (resolved, validation) = Resolve(new Recommendation("Tham mưu quy chế phối hợp", "x", Due, DepartmentId: departmentId, OwnerStaffId: "nong-van-khanh"));

        Assert.IsTrue(validation.IsValid);
        Assert.AreEqual(new Recommendation("Tham mưu quy chế phối hợp", name, Due, null, departmentId, "nong-van-khanh"), resolved);
    }

    [TestMethod]
    [DataRow("Ban Tuyên giáo")]
    [DataRow("ban tuyên giáo")]
    [DataRow("ban-tuyen-giao")]
    public void A_responsible_naming_a_department_is_recognised_as_it(string responsible)
    {
        var (resolved, _) = Resolve(new Recommendation("Tuyên truyền Nghị quyết", responsible, Due));

        Assert.AreEqual(("Ban Tuyên giáo", "ban-tuyen-giao", (string?)null), (resolved.Responsible, resolved.DepartmentId, resolved.UnitId));
    }

    [TestMethod]
    public void A_unit_by_id_or_as_the_responsible_is_printed_by_its_name()
    {
        var (byId, _) = Resolve(new Recommendation("Kiện toàn Ban công tác Mặt trận", "Thường trực", Due, UnitId: "cb-haquang"));
        var (byText, _) = Resolve(new Recommendation("Kiện toàn Ban công tác Mặt trận", "cb-haquang", Due));

        Assert.AreEqual(("Ủy ban MTTQ Việt Nam huyện Hà Quảng", "cb-haquang", (string?)null), (byId.Responsible, byId.UnitId, byId.DepartmentId));
        Assert.AreEqual(byId, byText);
    }

    [TestMethod]
    public void Free_text_stays_as_written_and_addressed_to_nobody()
    {
        var (resolved, validation) = Resolve(new Recommendation("Cập nhật sổ sách", "  Thường trực Ban vận động Quỹ ", Due));

        Assert.IsTrue(validation.IsValid);
        Assert.AreEqual(("Thường trực Ban vận động Quỹ", (string?)null, (string?)null), (resolved.Responsible, resolved.DepartmentId, resolved.UnitId));
    }

    [TestMethod]
    [DataRow("ban-kinh-te", null, null, "recommendations[0].departmentId", ValidationCodes.ConclusionRecommendationDepartmentUnknown)]
    [DataRow("Van-Phong", null, null, "recommendations[0].departmentId", ValidationCodes.ConclusionRecommendationDepartmentUnknown)]
    [DataRow(null, "cb-khong-co", null, "recommendations[0].unitId", ValidationCodes.ConclusionRecommendationUnitUnknown)]
    [DataRow(null, null, "nguoi-la", "recommendations[0].ownerStaffId", ValidationCodes.ConclusionRecommendationOwnerUnknown)]
    public void An_unknown_id_is_an_error_on_its_field(string? departmentId, string? unitId, string? ownerId, string field, string code)
    {
        var (_, validation) = Resolve(new Recommendation("Kiện toàn", "Ban Thường trực", Due, unitId, departmentId, ownerId));

        Assert.IsFalse(validation.IsValid);
        CollectionAssert.AreEqual(new[] { code }, validation.ErrorCodesByField()[field].ToArray());
    }

    private static (Recommendation Resolved, ValidationResult Validation) Resolve(Recommendation recommendation)
    {
        var (resolved, validation) = RecommendationAddressing.Resolve([recommendation], Units, Committee);
        return (resolved.Single(), validation);
    }
}
