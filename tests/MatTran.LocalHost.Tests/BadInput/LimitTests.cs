using MatTran.Inspections.Validation;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// One character or one item over each limit of docs/api.md § Limits, field by field: 422 <c>text.tooLong</c> or
/// <c>list.tooMany</c> naming the field's JSON path (or the CSV cell), nothing stored. The limits are the ones
/// <c>TextLimits</c> declares; each row spells its own number so a changed limit shows here.
/// </summary>
[TestClass]
public sealed class LimitTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("Plans_Create", """{"number": "<65*1>"}""", "number", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Create", """{"issuerUnitId": "<65*x>"}""", "issuerUnitId", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Create", """{"title": "<501*a>"}""", "title", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Create", """{"title": "<251*\">"}""", "title", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Create", """{"topics": [<21,"t">]}""", "topics", ValidationCodes.ListTooMany)]
    [DataRow("Plans_Create", """{"topics": ["<251*t>"]}""", "topics[0]", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Create", """{"inspections": [{"teamLead": "<101*l>"}]}""", "inspections[0].teamLead", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Create", """{"inspections": [{"members": [<31,"m">]}]}""", "inspections[0].members", ValidationCodes.ListTooMany)]
    [DataRow("Plans_Create", """{"inspections": [{"siteVisits": [<31,"s">]}]}""", "inspections[0].siteVisits", ValidationCodes.ListTooMany)]
    [DataRow("Plans_Create", """{"inspections": [{"members": ["<101*m>"]}]}""", "inspections[0].members[0]", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Edit", """{"title": "<501*a>"}""", "title", ValidationCodes.TextTooLong)]
    [DataRow("Plans_Merge", """{"into": "<65*i>"}""", "into", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Reschedule", """{"reason": "<2001*r>"}""", "reason", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Cancel", """{"reason": "<2001*r>"}""", "reason", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Cancel", """{"reason": "<1001*\n>"}""", "reason", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Findings", """{"draftReport": "<100001*d>"}""", "draftReport", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Findings", """{"findings": [<41,{}>]}""", "findings", ValidationCodes.ListTooMany)]
    [DataRow("Inspections_Findings", """{"findings": [{"text": "<4001*f>"}]}""", "findings[0].text", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Findings", """{"findings": [{"figures": [<11,{}>]}]}""", "findings[0].figures", ValidationCodes.ListTooMany)]
    [DataRow("Inspections_Findings", """{"findings": [{"figures": [{"label": "<201*l>"}]}]}""", "findings[0].figures[0].label", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Feedback", """{"text": "<50001*f>"}""", "text", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Conclusion", """{"text": "<100001*c>"}""", "text", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_Conclusion", """{"recommendations": [<51,{}>]}""", "recommendations", ValidationCodes.ListTooMany)]
    [DataRow("Inspections_Conclusion", """{"recommendations": [{"responsible": "<201*r>"}]}""", "recommendations[0].responsible", ValidationCodes.TextTooLong)]
    [DataRow("Inspections_ReturnConclusion", """{"comment": "<4001*c>"}""", "comment", ValidationCodes.TextTooLong)]
    [DataRow("Remediations_Accept", """{"comment": "<4001*c>"}""", "comment", ValidationCodes.TextTooLong)]
    [DataRow("Remediations_Reject", """{"comment": "<4001*c>"}""", "comment", ValidationCodes.TextTooLong)]
    [DataRow("Committees_PutDepartment", """{"name": "<301*d>"}""", "name", ValidationCodes.TextTooLong)]
    [DataRow("Committees_PutStaff", """{"name": "<101*n>"}""", "name", ValidationCodes.TextTooLong)]
    [DataRow("Committees_PutStaff", """{"email": "<245*e>@example.vn"}""", "email", ValidationCodes.TextTooLong)]
    public async Task One_over_the_limit_is_422_naming_the_field(string functionName, string template, string field, string code)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var request = RouteCalls.Request(bad, RouteCalls.Named(functionName), RouteCalls.Json(BodyTemplate.Expand(template)));
        await RefusalAssert.RefusedAsync(bad, request, 422, code, TestContext.CancellationToken, field);
    }

    [TestMethod]
    [DataRow("<65*i>", "Tên", "id")]
    [DataRow("{id}", "<301*t>", "name")]
    public async Task One_over_the_limit_in_a_units_csv_cell_is_422_naming_the_cell(string id, string name, string column)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var tree = new UnitTree();
        string csv = "id,name,level,parentId,email\r\n" +
                     $"{BodyTemplate.Expand(id).Replace("{id}", tree.Province, StringComparison.Ordinal)},{BodyTemplate.Expand(name)},Province,,\r\n";
        await RefusalAssert.RefusedAsync(bad, ApiRequests.PostCsv("api/units/import", csv, "planner"), 422, ValidationCodes.TextTooLong,
            TestContext.CancellationToken, $"lines[2].{column}");
    }
}
