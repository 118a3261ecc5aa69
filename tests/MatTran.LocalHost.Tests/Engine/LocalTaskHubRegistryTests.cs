using MatTran.LocalHost.Engine;
using MatTran.LocalHost.Tests.Engine.Workflows;

namespace MatTran.LocalHost.Tests.Engine;

[TestClass]
public sealed class LocalTaskHubRegistryTests
{
    [TestMethod]
    public void A_name_is_registered_once_ignoring_case()
    {
        var registry = new LocalTaskHubRegistry().AddOrchestrator<SequenceOrchestrator>("Sequence");

        Assert.ThrowsExactly<ArgumentException>(() => registry.AddOrchestrator<ClockOrchestrator>("sequence"));
        Assert.AreEqual(typeof(SequenceOrchestrator), registry.Orchestrators["SEQUENCE"]);
    }

    [TestMethod]
    public void A_type_that_is_not_an_orchestrator_or_activity_is_refused()
    {
        var registry = new LocalTaskHubRegistry();

        Assert.ThrowsExactly<ArgumentException>(() => registry.AddOrchestrator("Step", typeof(AppendStepActivity)));
        Assert.ThrowsExactly<ArgumentException>(() => registry.AddActivity("Sequence", typeof(SequenceOrchestrator)));
        Assert.ThrowsExactly<ArgumentException>(() => registry.AddActivity("Echo", typeof(EchoActivity<>)));
    }
}
