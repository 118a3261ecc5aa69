using MatTran.Api.Problems;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Dates are <c>yyyy-MM-dd</c> and real days only: an impossible day, another format, an empty string, a time or a
/// time zone is unreadable (400 <c>request.unreadable</c>); a real day far outside the plan's year is read and refused
/// by its rule (422). Nothing stored either way.
/// </summary>
[TestClass]
public sealed class InvalidDateTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("2027-02-30")]
    [DataRow("2027-02-29")]
    [DataRow("2027-13-01")]
    [DataRow("2027-00-10")]
    [DataRow("31/12/2027")]
    [DataRow("12/31/2027")]
    [DataRow("2027-6-5")]
    [DataRow("20270605")]
    [DataRow("")]
    [DataRow(" ")]
    [DataRow("2027-06-22T00:00:00")]
    [DataRow("2027-06-22T00:00:00+07:00")]
    [DataRow("2027-06-22Z")]
    [DataRow("2027-06-22+07:00")]
    [DataRow("+002027-06-22")]
    [DataRow("ngày 22 tháng 6 năm 2027")]
    public async Task A_date_that_is_not_a_real_day_in_yyyy_MM_dd_is_400(string date)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        string json = $$"""{"visitDate": "{{date}}", "reason": "{{BadInputHost.Personal}}"}""";
        await RefusalAssert.RefusedAsync(
            bad, RouteCalls.Request(bad, RouteCalls.Named("Inspections_Reschedule"), RouteCalls.Json(json)), 400, ProblemCodes.Unreadable, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("Inspections_Reschedule", """{"visitDate": 20270622, "reason": "x"}""")]
    [DataRow("Remediations_Reject", """{"comment": "x", "newDueDate": "2027-02-30"}""")]
    [DataRow("Inspections_Conclusion", """{"text": "x", "recommendations": [{"text": "x", "responsible": "x", "dueDate": "31/12/2027"}]}""")]
    [DataRow("Plans_Create", """{"inspections": [{"visitDate": "2027-02-29"}]}""")]
    [DataRow("Plans_Create", """{"inspections": [{"coveredPeriod": {"from": "2026-01-01T00:00:00Z"}}]}""")]
    [DataRow("Plans_Launch", """{"rehearsal": {"startsAt": "2027-06-31", "secondsPerDay": 1}}""")]
    public async Task Every_date_field_refuses_an_unreal_day(string functionName, string json)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        await RefusalAssert.RefusedAsync(
            bad, RouteCalls.Request(bad, RouteCalls.Named(functionName), RouteCalls.Json(json)), 400, ProblemCodes.Unreadable, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("0001-01-01")]
    [DataRow("9999-12-31")]
    [DataRow("2026-06-22")]
    [DataRow("2028-01-03")]
    public async Task A_real_day_outside_the_plans_year_is_422(string date)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        string json = $$"""{"visitDate": "{{date}}", "reason": "Trùng lịch đại hội"}""";
        await RefusalAssert.RefusedAsync(
            bad, RouteCalls.Request(bad, RouteCalls.Named("Inspections_Reschedule"), RouteCalls.Json(json)), 422, "reschedule.visitDate.outsideYear",
            TestContext.CancellationToken, "visitDate");
    }
}
