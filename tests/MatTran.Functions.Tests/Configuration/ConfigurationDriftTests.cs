using MatTran.Functions.Hosting;
using MatTran.Inspections.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MatTran.Functions.Tests.Configuration;

/// <summary>
/// The code and infra/ agree on configuration: every setting the Functions app needs in Azure is set by Bicep, every
/// app setting Bicep sets is read by the code (or by the platform), and every setting the code reads is classified.
/// </summary>
[TestClass]
public sealed class ConfigurationDriftTests
{
    private static readonly Lazy<IReadOnlyCollection<string>> s_keysRead = new(ReadKeysTheAppReads);

    [TestMethod]
    public void Every_setting_required_in_Azure_is_set_by_Bicep()
    {
        var bicep = BicepSettingKeys();
        var missing = AppSettingClasses.RequiredInAzure.Where(key => !bicep.Contains(key)).ToList();
        Assert.AreEqual(0, missing.Count, "Not set in infra/: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void Every_app_setting_in_Bicep_is_read_by_the_code_or_the_platform()
    {
        var read = s_keysRead.Value.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unread = BicepSettingKeys()
            .Where(key => !read.Contains(key) && !AppSettingClasses.Platform.Contains(key, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Assert.AreEqual(0, unread.Count, "Set in infra/ but read by nothing: " + string.Join(", ", unread));
    }

    [TestMethod]
    public void Every_setting_the_code_reads_is_classified()
    {
        var unclassified = s_keysRead.Value.Where(key => !AppSettingClasses.IsClassified(key)).Order().ToList();
        Assert.AreEqual(0, unclassified.Count,
            "Read by the code but in no class of AppSettingClasses (required in Azure → also set it in infra/): " + string.Join(", ", unclassified));
    }

    [TestMethod]
    public void Every_required_setting_is_really_read_by_the_code()
    {
        var read = s_keysRead.Value.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stale = AppSettingClasses.RequiredInAzure.Where(key => !read.Contains(key)).ToList();
        Assert.AreEqual(0, stale.Count, "Listed as required but read by no code: " + string.Join(", ", stale));
    }

    [TestMethod]
    public void Secrets_are_Key_Vault_references_and_no_key_is_in_the_template()
    {
        var settings = BicepTemplate.AppSettings();
        StringAssert.Contains(settings["UnitLinks__SigningKey"], "@Microsoft.KeyVault(");
        StringAssert.Contains(settings["UnitLinks__PreviousSigningKey"], "@Microsoft.KeyVault(");
        Assert.IsFalse(settings.ContainsKey("Email__Smtp__Password"), "ACS is reached with the identity: no SMTP password.");
        string template = BicepTemplate.MainText;
        foreach (string forbidden in new[] { "listKeys(", "AccountKey=", "SharedAccessSignature", "@secure()" })
        {
            Assert.IsFalse(template.Contains(forbidden, StringComparison.OrdinalIgnoreCase), $"The template contains '{forbidden}'.");
        }
    }

    [TestMethod]
    public void The_app_runs_isolated_dotnet_10_on_Flex_Consumption_with_identity_based_storage_roles()
    {
        string template = BicepTemplate.MainText;
        StringAssert.Contains(template, "\"name\": \"dotnet-isolated\"");
        StringAssert.Contains(template, "\"version\": \"10.0\"");
        StringAssert.Contains(template, "FlexConsumption");
        // Storage Blob Data Owner, Storage Queue Data Contributor, Storage Table Data Contributor.
        foreach (string role in new[] { "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3" })
        {
            StringAssert.Contains(template, role);
        }

        var settings = BicepTemplate.AppSettings();
        Assert.AreEqual("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.IsFalse(settings.ContainsKey("AzureWebJobsStorage"), "No storage connection string.");
        Assert.IsFalse(settings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"), "Flex Consumption takes the runtime from functionAppConfig.");
    }

    [TestMethod]
    public void Email_goes_through_ACS_SMTP_with_the_app_identity_from_its_managed_domain()
    {
        string template = BicepTemplate.MainText;
        foreach (string type in new[] { "Microsoft.Communication/emailServices", "Microsoft.Communication/emailServices/domains",
            "Microsoft.Communication/communicationServices", "Microsoft.Communication/communicationServices/smtpUsernames" })
        {
            StringAssert.Contains(template, $"\"{type}\"");
        }

        StringAssert.Contains(template, "\"AzureManaged\"");
        // Communication and Email Service Owner for the identity on the Communication Service.
        StringAssert.Contains(template, "09976791-48a7-449e-bb21-39d1a415f350");
        var settings = BicepTemplate.AppSettings();
        Assert.AreEqual(nameof(SmtpAuthentication.EntraId), settings["Email__Smtp__Authentication"]);
        Assert.AreEqual("587", settings["Email__Smtp__Port"]);
        Assert.AreEqual("true", settings["Email__Smtp__EnableSsl"]);
        Assert.AreEqual(settings["AzureWebJobsStorage__clientId"], settings["Email__Smtp__ClientId"], "The one app identity signs in to ACS.");
        StringAssert.Contains(template, "DoNotReply@");
    }

    /// <summary>Bicep's app-setting names in configuration-key form (<c>__</c> is the environment form of <c>:</c>).</summary>
    private static HashSet<string> BicepSettingKeys() =>
        BicepTemplate.AppSettings().Keys.Select(name => name.Replace("__", ":", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Registers the Functions app's services over a recording configuration holding what Bicep sets (example values
    /// of the right type), then resolves every option and every service of ours, so each key the code reads — at
    /// registration or when a service is built — is recorded. Section names the binder probes on the way to their
    /// keys are not settings and are left out.
    /// </summary>
    private static IReadOnlyCollection<string> ReadKeysTheAppReads()
    {
        var values = BicepSettingKeys().ToDictionary(key => key, ExampleValue, StringComparer.OrdinalIgnoreCase);
        var recording = new RecordingConfigurationSource(values);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.Sources.Add(recording);
        builder.Services.AddLogging();
        builder.AddMatTranFunctions();

        using var provider = builder.Services.BuildServiceProvider();
        foreach (var descriptor in builder.Services.ToList())
        {
            var type = descriptor.ServiceType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            {
                var options = typeof(IOptions<>).MakeGenericType(type.GetGenericArguments());
                _ = options.GetProperty(nameof(IOptions<object>.Value))!.GetValue(provider.GetRequiredService(options));
            }
            else if (descriptor.Lifetime == ServiceLifetime.Singleton && !type.ContainsGenericParameters
                && type.Assembly.GetName().Name!.StartsWith("MatTran", StringComparison.Ordinal) && !typeof(IHostedService).IsAssignableFrom(type))
            {
                provider.GetRequiredService(type);
            }
        }

        var read = recording.KeysRead;
        return read.Where(key => !read.Any(other => other.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>A value of the type the code parses (Key Vault references resolve to the secret at run time).</summary>
    private static string? ExampleValue(string key) => key.Split(':')[^1] switch
    {
        "SigningKey" or "PreviousSigningKey" => Convert.ToBase64String(new byte[32]),
        "clientId" => Guid.NewGuid().ToString(),
        "Port" => "587",
        "EnableSsl" => "true",
        "Authentication" => "EntraId",
        "RetentionDays" => "90",
        "PublicBaseUrl" => "https://mattran.example",
        "FromAddress" => "kiemtra@mattran.example",
        "APPLICATIONINSIGHTS_CONNECTION_STRING" => "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://ingest.example.invalid/",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING" => $"ClientId={Guid.NewGuid()};Authorization=AAD",
        _ => "example",
    };
}
