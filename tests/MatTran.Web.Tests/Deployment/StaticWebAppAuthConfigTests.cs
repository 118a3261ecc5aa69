using System.Diagnostics;
using System.Text.Json;

namespace MatTran.Web.Tests.Deployment;

/// <summary>
/// The Entra ID sign-in of the deployed web app: staticwebapp.config.json names app settings Bicep sets, and its
/// issuer's tenant is written at deploy time by the web service's azd hook (infra/hooks/web-entra-tenant.sh), which
/// these tests run on a copy of the file.
/// </summary>
[TestClass]
public sealed class StaticWebAppAuthConfigTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static readonly string s_source = Path.Combine(AppContext.BaseDirectory, "staticwebapp.config.json");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Registration_names_the_settings_the_bicep_sets_and_leaves_the_tenant_to_deploy_time()
    {
        var registration = Registration(File.ReadAllText(s_source));
        string bicep = File.ReadAllText(Path.Combine(RepositoryRoot(), "infra", "modules", "staticwebapp.bicep"));

        Assert.AreEqual("https://login.microsoftonline.com/{AZURE_TENANT_ID}/v2.0", registration.GetProperty("openIdIssuer").GetString());
        StringAssert.Contains(bicep, registration.GetProperty("clientIdSettingName").GetString() + ": entraClientId");
        StringAssert.Contains(bicep, registration.GetProperty("clientSecretSettingName").GetString() + ": '@Microsoft.KeyVault(");
    }

    [TestMethod]
    public async Task Hook_writes_the_tenant_into_the_issuer_and_changes_nothing_else()
    {
        string copy = Copy();

        var (exitCode, output) = await RunHookAsync(copy, Tenant);

        Assert.AreEqual(0, exitCode, output);
        string written = await File.ReadAllTextAsync(copy, TestContext.CancellationToken);
        Assert.AreEqual($"https://login.microsoftonline.com/{Tenant}/v2.0", Registration(written).GetProperty("openIdIssuer").GetString());
        Assert.AreEqual(File.ReadAllText(s_source).Replace("{AZURE_TENANT_ID}", Tenant, StringComparison.Ordinal), written);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("contoso.onmicrosoft.com/evil")]
    public async Task Hook_refuses_what_is_not_a_tenant_id_and_leaves_the_file_alone(string tenant)
    {
        string copy = Copy();

        var (exitCode, output) = await RunHookAsync(copy, tenant);

        Assert.AreNotEqual(0, exitCode, output);
        Assert.AreEqual(File.ReadAllText(s_source), await File.ReadAllTextAsync(copy, TestContext.CancellationToken));
    }

    private static JsonElement Registration(string config) =>
        JsonDocument.Parse(config).RootElement.GetProperty("auth").GetProperty("identityProviders")
            .GetProperty("azureActiveDirectory").GetProperty("registration").Clone();

    private string Copy()
    {
        string copy = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), $"staticwebapp.{Guid.NewGuid():N}.json");
        File.Copy(s_source, copy);
        return copy;
    }

    private async Task<(int ExitCode, string Output)> RunHookAsync(string config, string tenant)
    {
        var start = new ProcessStartInfo("sh")
        {
            ArgumentList = { Path.Combine(RepositoryRoot(), "infra", "hooks", "web-entra-tenant.sh"), config },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AZURE_TENANT_ID"] = tenant;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.CancellationToken);
        await process.WaitForExitAsync(TestContext.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MatTran.Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MatTran.Functions.sln) is not above " + AppContext.BaseDirectory);
    }
}
