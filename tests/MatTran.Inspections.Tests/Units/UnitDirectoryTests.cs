using MatTran.Inspections.Units;

namespace MatTran.Inspections.Tests.Units;

[TestClass]
public sealed class UnitDirectoryTests
{
    private static readonly UnitDirectory Units = new(
    [
        new Unit("cb", "Tỉnh", UnitLevel.Province, null, null),
        new Unit("cb-hoaan", "Hòa An", UnitLevel.District, "cb", null),
        new Unit("cb-hoaan-hongviet", "Hồng Việt", UnitLevel.Commune, "cb-hoaan", null),
        new Unit("cb-haquang", "Hà Quảng", UnitLevel.District, "cb", null),
    ]);

    [TestMethod]
    public void Descendant_is_found_at_any_depth()
    {
        Assert.IsTrue(Units.IsDescendantOf("cb-hoaan-hongviet", "cb"));
        Assert.IsTrue(Units.IsDescendantOf("cb-hoaan-hongviet", "cb-hoaan"));
    }

    [TestMethod]
    public void Sibling_ancestor_and_self_are_not_descendants()
    {
        Assert.IsFalse(Units.IsDescendantOf("cb-hoaan-hongviet", "cb-haquang"));
        Assert.IsFalse(Units.IsDescendantOf("cb", "cb-hoaan"));
        Assert.IsFalse(Units.IsDescendantOf("cb", "cb"));
    }

    [TestMethod]
    public void Children_are_listed_in_id_order()
    {
        CollectionAssert.AreEqual(new[] { "cb-haquang", "cb-hoaan" }, Units.ChildrenOf("cb").Select(u => u.Id).ToArray());
    }

    [TestMethod]
    public void Duplicate_ids_are_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new UnitDirectory([new Unit("a", "A", UnitLevel.Province, null, null), new Unit("a", "B", UnitLevel.Province, null, null)]));
    }

    [TestMethod]
    public void Level_names_are_Vietnamese()
    {
        Assert.AreEqual("Tổ chức thành viên", UnitTexts.LevelName(UnitLevel.MemberOrganization));
    }
}
