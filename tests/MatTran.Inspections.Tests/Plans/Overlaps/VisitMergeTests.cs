using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Plans.Overlaps;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Tests.Plans.Overlaps;

[TestClass]
public sealed class VisitMergeTests
{
    private static readonly string[] PlanTopics = ["Quy chế", "Khu dân cư"];

    private static readonly UnitDirectory Units = new(
    [
        new Unit("p", "Ủy ban MTTQ tỉnh", UnitLevel.Province, null, null),
        new Unit("d1", "Ủy ban MTTQ huyện Một", UnitLevel.District, "p", null),
        new Unit("d1-c1", "Ủy ban MTTQ xã Một", UnitLevel.Commune, "d1", null),
        new Unit("d2", "Ủy ban MTTQ huyện Hai", UnitLevel.District, "p", null),
    ]);

    private static PlannedInspection Visit(string unit, InspectionKind kind = InspectionKind.Inspection, string[]? topics = null, string[]? members = null, string[]? siteVisits = null) =>
        new(unit, kind, new DateOnly(2027, 6, 15), new CoveredPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), "Phó Chủ tịch",
            members ?? ["Ban Dân chủ - Pháp luật"], siteVisits ?? [], topics);

    [TestMethod]
    public void The_kept_visit_takes_the_union_of_both_visits_topics_and_members()
    {
        var kept = VisitMerge.Combine(
            Visit("d1", topics: ["Quy chế"]),
            Visit("d1", InspectionKind.Supervision, topics: ["Quỹ Vì người nghèo", "Quy chế"], members: ["Ban Tuyên giáo", "Phó Chủ tịch"]),
            PlanTopics);

        CollectionAssert.AreEqual(new[] { "Quy chế", "Quỹ Vì người nghèo" }, kept.Topics!.ToArray());
        CollectionAssert.AreEqual(new[] { "Ban Dân chủ - Pháp luật", "Ban Tuyên giáo" }, kept.Members.ToArray(), "the team lead is not also a member");
        Assert.AreEqual(InspectionKind.Inspection, kept.Kind, "the kept visit keeps its kind");
    }

    [TestMethod]
    public void A_visit_without_its_own_topics_brings_the_plans()
    {
        var kept = VisitMerge.Combine(Visit("d1", topics: ["Quỹ Vì người nghèo"]), Visit("d1"), PlanTopics);

        CollectionAssert.AreEqual(new[] { "Quỹ Vì người nghèo", "Quy chế", "Khu dân cư" }, kept.Topics!.ToArray());
    }

    [TestMethod]
    public void Two_visits_on_the_plans_topics_stay_on_the_plans_topics()
    {
        Assert.IsNull(VisitMerge.Combine(Visit("d1"), Visit("d1"), PlanTopics).Topics);
    }

    [TestMethod]
    public void A_commune_merged_into_its_districts_visit_becomes_a_site_visit()
    {
        var district = Visit("d1");
        var commune = Visit("d1-c1");

        Assert.IsTrue(VisitMerge.CanMerge(district, commune, Units));
        CollectionAssert.AreEqual(new[] { "d1-c1" }, VisitMerge.Combine(district, commune, PlanTopics).SiteVisits.ToArray());
    }

    [TestMethod]
    public void A_district_cannot_be_merged_into_a_commune_or_a_neighbour()
    {
        Assert.IsFalse(VisitMerge.CanMerge(Visit("d1-c1"), Visit("d1"), Units));
        Assert.IsFalse(VisitMerge.CanMerge(Visit("d1"), Visit("d2"), Units));
    }
}
