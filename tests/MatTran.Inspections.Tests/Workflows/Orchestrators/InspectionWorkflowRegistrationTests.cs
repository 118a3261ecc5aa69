using MatTran.Durable;
using MatTran.Inspections.Workflows.Contracts;
using MatTran.Inspections.Workflows.Orchestrators;

namespace MatTran.Inspections.Tests.Workflows.Orchestrators;

[TestClass]
public sealed class InspectionWorkflowRegistrationTests
{
    [TestMethod]
    public void AddInspectionWorkflows_registers_the_three_orchestrators_by_their_workflow_names()
    {
        var options = new DurableTaskOptions().AddInspectionWorkflows();

        foreach (var name in new[] { WorkflowNames.AnnualPlan, WorkflowNames.Inspection, WorkflowNames.Remediation })
        {
            CollectionAssert.AreEqual(new[] { "" }, options.Registry.GetVersions(name).ToArray(), name);
        }
    }

    [TestMethod]
    public void AddInspectionWorkflows_registers_an_activity_under_every_activity_name()
    {
        var options = new DurableTaskOptions().AddInspectionWorkflows();
        var names = typeof(ActivityNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.HasCount(21, names);
        foreach (var name in names)
        {
            // The registry refuses a second activity of a name, so this proves the first is there.
            Assert.ThrowsExactly<ArgumentException>(() => options.AddActivityFunc<object, object>(name, (_, i) => Task.FromResult(i)), name);
        }
    }
}
