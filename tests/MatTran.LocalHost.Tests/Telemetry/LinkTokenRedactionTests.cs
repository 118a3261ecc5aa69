using MatTran.Api.Telemetry;

namespace MatTran.LocalHost.Tests.Telemetry;

[TestClass]
public sealed class LinkTokenRedactionTests
{
    [TestMethod]
    [DataRow("http://localhost:7071/units/inspections/a.001?t=abc.def", "http://localhost:7071/units/inspections/a.001")]
    [DataRow("http://h/units/inspections/a.001?lang=vi&t=abc.def#top", "http://h/units/inspections/a.001?lang=vi#top")]
    [DataRow("/api/documents/d1?T=abc&x=1", "/api/documents/d1?x=1")]
    [DataRow("?t=abc.def&lang=vi", "?lang=vi")]
    [DataRow("t=abc.def", "")]
    [DataRow("to=planner&t=abc", "to=planner")]
    [DataRow("http://h/api/units?to=a%40b.vn", "http://h/api/units?to=a%40b.vn")]
    public void Only_the_token_parameter_is_removed(string url, string expected)
    {
        Assert.AreEqual(expected, LinkTokenRedaction.WithoutToken(url));
    }
}
