using System.Text.Json;

namespace MatTran.Functions.Tests.Configuration;

/// <summary>
/// The unit page is part of the web app, which Static Web Apps serves: by default the links emailed to units point at
/// the Static Web App's address, not at the Functions app (which no longer serves any page).
/// </summary>
[TestClass]
public sealed class UnitLinkAddressTests
{
    [TestMethod]
    public void Emailed_unit_links_point_at_the_static_web_app_unless_a_public_base_url_is_given()
    {
        var resources = BicepTemplate.Main.GetProperty("resources");
        var modules = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        var functionApp = modules.Single(m => m.TryGetProperty("name", out var name) && name.GetString() == "functionapp");

        string publicBaseUrl = functionApp.GetProperty("properties").GetProperty("parameters").GetProperty("publicBaseUrl").ToString();

        StringAssert.Contains(publicBaseUrl, "if(empty(parameters('publicBaseUrl'))");
        StringAssert.Contains(publicBaseUrl, "resourceId('Microsoft.Resources/deployments', 'staticwebapp')");
        StringAssert.Contains(publicBaseUrl, ".outputs.url.value");
        Assert.AreEqual("[parameters('publicBaseUrl')]", BicepTemplate.AppSettings()["UnitLinks__PublicBaseUrl"]);
    }
}
