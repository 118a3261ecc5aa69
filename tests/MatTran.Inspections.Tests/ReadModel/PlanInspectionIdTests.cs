using MatTran.Inspections.Documents.Storage;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.Workflows.Contracts;

namespace MatTran.Inspections.Tests.ReadModel;

[TestClass]
public sealed class PlanInspectionIdTests
{
    private static readonly PlanId Plan = new("tinh-caobang", 2023, "0123456789ab");

    [TestMethod]
    [DataRow(0, 1, "tinh-caobang.2023.0123456789ab.001")]
    [DataRow(998, 999, "tinh-caobang.2023.0123456789ab.999")]
    [DataRow(0, 1000, "tinh-caobang.2023.0123456789ab.0001")]
    [DataRow(999, 1000, "tinh-caobang.2023.0123456789ab.1000")]
    [DataRow(41, 5000, "tinh-caobang.2023.0123456789ab.0042")]
    public void Inspection_numbers_have_three_digits_or_as_many_as_the_plans_count_needs(int index, int count, string expected) =>
        Assert.AreEqual(expected, PlanStore.InspectionId(Plan, index, count));

    [TestMethod]
    public void Inspection_ids_of_a_large_plan_sort_in_plan_order()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => PlanStore.InspectionId(Plan, i, 5000)).ToList();

        CollectionAssert.AreEqual(ids, ids.Order(StringComparer.Ordinal).ToList());
    }

    [TestMethod]
    public void Remediation_and_document_ids_name_a_four_digit_inspection()
    {
        string inspection = PlanStore.InspectionId(Plan, 1199, 1200);

        Assert.AreEqual(inspection, WorkflowInstanceIds.InspectionOfRemediation(WorkflowInstanceIds.ForRemediation(inspection, 0)));
        Assert.IsTrue(InspectionDocumentIds.TryParse(InspectionDocumentIds.For(inspection, DocumentKind.Notice, 1), out string? named, out _, out _));
        Assert.AreEqual(inspection, named);
        Assert.AreEqual(inspection + ".pt", WorkflowInstanceIds.ForFollowUp(inspection));
    }
}
