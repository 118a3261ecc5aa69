using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Plans.Overlaps;

namespace MatTran.Inspections.Tests.Plans.Overlaps;

[TestClass]
public sealed class OverlapFinderTests
{
    private static readonly DateOnly June = new(2027, 6, 15);

    private static PlannedVisit Visit(string plan, string id, string unit, DateOnly date, params string[] siteVisits) =>
        new(plan, plan + "/KH-MTTQ-BTT", id, new PlannedInspection(
            unit, InspectionKind.Inspection, date, new CoveredPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), "Phó Chủ tịch", [], siteVisits));

    [TestMethod]
    public void The_same_unit_in_two_plans_within_the_window_is_reported_with_the_other_plans_number()
    {
        var mine = Visit("1", "1.001", "d1", June);
        var other = Visit("2", "2.001", "d1", June.AddDays(20));

        var overlap = OverlapFinder.Find([mine], [mine, other], 60).Single();

        Assert.AreEqual(new PlanOverlap("1.001", "d1", June, "2", "2/KH-MTTQ-BTT", "2.001", "d1", June.AddDays(20), "d1", OverlapReason.SameUnit, 20), overlap);
    }

    [TestMethod]
    public void Visits_further_apart_than_the_window_are_not_reported()
    {
        var mine = Visit("1", "1.001", "d1", June);

        Assert.IsEmpty(OverlapFinder.Find([mine], [Visit("2", "2.001", "d1", June.AddDays(61))], 60));
        Assert.HasCount(1, OverlapFinder.Find([mine], [Visit("2", "2.001", "d1", June.AddDays(-60))], 60), "the window's last day counts");
    }

    [TestMethod]
    public void A_commune_visited_on_site_by_a_district_inspection_overlaps_the_communes_own_inspection()
    {
        var district = Visit("1", "1.001", "d1", June, "d1-c1", "d1-c2");
        var commune = Visit("2", "2.004", "d1-c1", June.AddDays(-3));

        var fromDistrict = OverlapFinder.Find([district], [commune], 60).Single();
        var fromCommune = OverlapFinder.Find([commune], [district], 60).Single();

        Assert.AreEqual(("d1-c1", OverlapReason.SiteVisit, "2.004", 3), (fromDistrict.SharedUnitId, fromDistrict.Reason, fromDistrict.OtherInspectionId, fromDistrict.DaysApart));
        Assert.AreEqual(("d1-c1", OverlapReason.SiteVisit, "1.001"), (fromCommune.SharedUnitId, fromCommune.Reason, fromCommune.OtherInspectionId));
    }

    [TestMethod]
    public void Units_at_different_levels_without_a_site_visit_between_them_do_not_overlap()
    {
        var district = Visit("1", "1.001", "d1", June);

        Assert.IsEmpty(OverlapFinder.Find([district], [Visit("2", "2.001", "d1-c1", June)], 60));
    }

    [TestMethod]
    public void A_visit_is_not_compared_with_itself_and_a_pair_sharing_two_units_is_reported_once_as_the_same_unit()
    {
        var mine = Visit("1", "1.001", "d1", June, "d1-c1");
        var other = Visit("2", "2.001", "d1", June, "d1-c1");

        var overlap = OverlapFinder.Find([mine], [mine, other], 60).Single();

        Assert.AreEqual(("2.001", "d1", OverlapReason.SameUnit, 0), (overlap.OtherInspectionId, overlap.SharedUnitId, overlap.Reason, overlap.DaysApart));
    }

    [TestMethod]
    public void Two_visits_of_one_plan_to_one_unit_warn_on_both()
    {
        var inspection = Visit("1", "1.001", "d1", June);
        var supervision = Visit("1", "1.002", "d1", June.AddDays(7));

        var overlaps = OverlapFinder.Find([inspection, supervision], [inspection, supervision], 60);

        CollectionAssert.AreEqual(new[] { ("1.001", "1.002"), ("1.002", "1.001") }, overlaps.Select(o => (o.InspectionId, o.OtherInspectionId)).ToArray());
    }
}
