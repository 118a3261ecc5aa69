using MatTran.Inspections.Calendar;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Plans;

[TestClass]
public sealed class PlanValidatorTests
{
    private static readonly WorkingDayCalendar Calendar = new(new WorkingDayCalendarOptions { FirstYear = 2020, LastYear = 2030 });

    private static readonly UnitDirectory Units = new(
    [
        new Unit("p", "Ủy ban MTTQ tỉnh", UnitLevel.Province, null, null),
        new Unit("d1", "Ủy ban MTTQ huyện Một", UnitLevel.District, "p", "d1@example.vn"),
        new Unit("d1-c1", "Ủy ban MTTQ xã Một", UnitLevel.Commune, "d1", null),
        new Unit("d2", "Ủy ban MTTQ huyện Hai", UnitLevel.District, "p", "d2@example.vn"),
        new Unit("other", "Tỉnh khác", UnitLevel.Province, null, null),
    ]);

    private static PlannedInspection Line(string unitId = "d1", InspectionKind kind = InspectionKind.Inspection, DateOnly? visit = null, CoveredPeriod? period = null, string teamLead = "Phó Chủ tịch", string[]? siteVisits = null) =>
        new(unitId, kind, visit ?? new DateOnly(2023, 6, 19), period ?? new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 5, 31)), teamLead, ["Văn phòng"], siteVisits ?? []);

    private static AnnualPlan Plan(params PlannedInspection[] lines) =>
        new("plan-1", "325/KH-MTTQ-BTT", 2023, "p", "Kế hoạch kiểm tra năm 2023", ["Quy chế", "Khu dân cư"], lines.Length == 0 ? [Line()] : lines);

    private static ValidationResult Validate(AnnualPlan plan) => PlanValidator.Validate(plan, Units, Calendar);

    [TestMethod]
    public void Well_formed_plan_is_valid_without_warnings()
    {
        var result = Validate(Plan(Line(siteVisits: ["d1-c1"]), Line("d2", visit: new DateOnly(2023, 7, 12))));
        Assert.IsTrue(result.IsValid, string.Join("; ", result.Errors));
        Assert.IsEmpty(result.Warnings);
    }

    [TestMethod]
    [DataRow("325/KH-MTTQ-BTT", true)]
    [DataRow("12/KH-ĐĐK", true)]
    [DataRow("325/QĐ-MTTQ-BTT", false)]
    [DataRow("KH-MTTQ-BTT", false)]
    [DataRow("0/KH-MTTQ", false)]
    [DataRow("325/KH-mttq", false)]
    [DataRow("", false)]
    public void Plan_number_must_be_number_slash_KH_dash_symbol(string number, bool valid)
    {
        var result = Validate(Plan() with { Number = number });
        Assert.AreEqual(!valid, result.HasError(ValidationCodes.PlanNumberInvalid));
    }

    [TestMethod]
    public void Unknown_unit_is_reported_on_the_inspection_line()
    {
        var error = Validate(Plan(Line("ghost"))).Errors.Single();
        Assert.AreEqual(ValidationCodes.PlanUnitUnknown, error.Code);
        Assert.AreEqual("inspections[0].unitId", error.Field);
    }

    [TestMethod]
    public void Unit_outside_the_issuers_tree_or_the_issuer_itself_is_rejected()
    {
        Assert.IsTrue(Validate(Plan(Line("other"))).HasError(ValidationCodes.PlanUnitNotSubordinate));
        Assert.IsTrue(Validate(Plan(Line("p"))).HasError(ValidationCodes.PlanUnitIsIssuer));
    }

    [TestMethod]
    public void Unknown_issuer_is_rejected()
    {
        Assert.IsTrue(Validate(Plan() with { IssuerUnitId = "nobody" }).HasError(ValidationCodes.PlanIssuerUnknown));
    }

    [TestMethod]
    public void Visit_date_outside_the_plan_year_is_rejected()
    {
        var result = Validate(Plan(Line(visit: new DateOnly(2024, 1, 15), period: new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)))));
        Assert.AreEqual(ValidationCodes.PlanVisitDateOutsideYear, result.Errors.Single().Code);
        StringAssert.Contains(result.Errors.Single().Message, "2023");
    }

    [TestMethod]
    public void Covered_period_reversed_is_rejected()
    {
        var result = Validate(Plan(Line(period: new CoveredPeriod(new DateOnly(2023, 5, 31), new DateOnly(2022, 1, 1)))));
        Assert.AreEqual("inspections[0].coveredPeriod", result.Errors.Single(e => e.Code == ValidationCodes.PlanCoveredPeriodReversed).Field);
    }

    [TestMethod]
    public void Covered_period_ending_after_the_visit_is_rejected()
    {
        Assert.IsTrue(Validate(Plan(Line(period: new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31))))).HasError(ValidationCodes.PlanCoveredPeriodAfterVisit));
    }

    [TestMethod]
    public void Missing_covered_period_is_rejected()
    {
        Assert.IsTrue(Validate(Plan(Line() with { CoveredPeriod = null! })).HasError(ValidationCodes.PlanCoveredPeriodRequired));
    }

    [TestMethod]
    public void Team_lead_is_required_and_members_not_blank()
    {
        var result = Validate(Plan(Line(teamLead: " ") with { Members = ["Văn phòng", ""] }));
        Assert.IsTrue(result.HasError(ValidationCodes.PlanTeamLeadRequired));
        Assert.AreEqual("inspections[0].members[1]", result.Errors.Single(e => e.Code == ValidationCodes.PlanMemberBlank).Field);
    }

    [TestMethod]
    public void Empty_blank_or_repeated_topics_are_rejected()
    {
        Assert.IsTrue(Validate(Plan() with { Topics = [] }).HasError(ValidationCodes.PlanTopicsEmpty));
        Assert.IsTrue(Validate(Plan() with { Topics = ["A", " "] }).HasError(ValidationCodes.PlanTopicBlank));
        Assert.IsTrue(Validate(Plan() with { Topics = ["Quy chế", "quy chế "] }).HasError(ValidationCodes.PlanTopicDuplicate));
    }

    [TestMethod]
    public void Plan_without_title_or_inspections_is_rejected()
    {
        var result = Validate(Plan() with { Title = "", Inspections = [] });
        Assert.IsTrue(result.HasError(ValidationCodes.PlanTitleRequired));
        Assert.IsTrue(result.HasError(ValidationCodes.PlanInspectionsEmpty));
    }

    [TestMethod]
    public void Year_outside_the_calendar_range_is_rejected()
    {
        Assert.IsTrue(Validate(Plan() with { Year = 2031 }).HasError(ValidationCodes.PlanYearOutOfRange));
    }

    [TestMethod]
    public void Same_unit_twice_with_the_same_kind_is_an_error_asking_to_merge()
    {
        var result = Validate(Plan(Line(), Line(visit: new DateOnly(2023, 9, 5))));
        var error = result.Errors.Single();
        Assert.AreEqual(ValidationCodes.PlanUnitRepeated, error.Code);
        Assert.AreEqual("inspections[1].unitId", error.Field);
        StringAssert.Contains(error.Message, "lồng ghép");
    }

    [TestMethod]
    public void Same_unit_with_another_kind_is_allowed_with_a_merge_warning()
    {
        var result = Validate(Plan(Line(), Line(kind: InspectionKind.Supervision, visit: new DateOnly(2023, 9, 5))));
        Assert.IsTrue(result.IsValid);
        Assert.IsTrue(result.HasWarning(ValidationCodes.PlanUnitMergeSuggested));
    }

    [TestMethod]
    public void Visit_on_a_holiday_is_a_warning_not_an_error()
    {
        var result = Validate(Plan(Line(visit: new DateOnly(2023, 9, 4), period: new CoveredPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 6, 30)))));
        Assert.IsTrue(result.IsValid);
        Assert.IsTrue(result.HasWarning(ValidationCodes.PlanVisitDateNotWorkingDay));
    }

    [TestMethod]
    public void Undefined_kind_is_rejected()
    {
        Assert.IsTrue(Validate(Plan(Line(kind: (InspectionKind)42))).HasError(ValidationCodes.PlanKindInvalid));
    }

    [TestMethod]
    public void Site_visits_must_be_known_units_under_the_inspected_unit()
    {
        var result = Validate(Plan(Line(siteVisits: ["nowhere", "d2"])));
        Assert.AreEqual("inspections[0].siteVisits[0]", result.Errors.Single(e => e.Code == ValidationCodes.PlanSiteVisitUnknown).Field);
        Assert.AreEqual("inspections[0].siteVisits[1]", result.Errors.Single(e => e.Code == ValidationCodes.PlanSiteVisitOutsideUnit).Field);
    }

    [TestMethod]
    public void Errors_group_by_field_for_problem_details()
    {
        var result = Validate(Plan(Line("ghost", teamLead: "")) with { Number = "x" });
        var byField = result.ErrorsByField();
        CollectionAssert.AreEquivalent(new[] { "number", "inspections[0].unitId", "inspections[0].teamLead" }, byField.Keys.ToArray());
        Assert.AreEqual(PlanTexts.NumberInvalid, byField["number"].Single());
        Assert.AreEqual(ValidationCodes.PlanNumberInvalid, result.ErrorCodesByField()["number"].Single());
    }
}
