using System.Reflection;
using MatTran.Inspections.Workflows;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Tests.Workflows;

[TestClass]
public sealed class WorkflowCatalogTests
{
    private static string[] Constants(Type names) =>
        [.. names.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [TestMethod]
    public void The_catalog_names_the_three_orchestrators_by_their_workflow_names()
    {
        CollectionAssert.AreEquivalent(Constants(typeof(WorkflowNames)), WorkflowCatalog.Orchestrators.Select(o => o.Name).ToArray());
        Assert.IsTrue(WorkflowCatalog.Orchestrators.All(o => typeof(ITaskOrchestrator).IsAssignableFrom(o.Type)));
    }

    [TestMethod]
    public void The_catalog_has_one_activity_class_per_activity_name_named_as_the_activity()
    {
        var names = Constants(typeof(ActivityNames));

        Assert.HasCount(21, names);
        CollectionAssert.AreEquivalent(names, WorkflowCatalog.Activities.Select(a => a.Name).ToArray());
        foreach (var activity in WorkflowCatalog.Activities)
        {
            Assert.AreEqual(activity.Name, activity.Type.Name);
            Assert.IsTrue(typeof(ITaskActivity).IsAssignableFrom(activity.Type), activity.Name);
        }
    }

    [TestMethod]
    public void Every_activity_takes_a_step_with_the_orchestration_made_key()
    {
        foreach (var activity in WorkflowCatalog.Activities)
        {
            var input = activity.Type.BaseType!.GetGenericArguments()[0];
            Assert.IsTrue(typeof(WorkflowStep).IsAssignableFrom(input), $"{activity.Name} takes {input.Name}");
        }
    }
}
