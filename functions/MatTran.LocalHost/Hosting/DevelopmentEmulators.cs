using MatTran.DevServers;
using MatTran.Inspections.Storage;

namespace MatTran.LocalHost.Hosting;

/// <summary>
/// In Development, when no storage connection string is configured, starts Azurite (data on disk under
/// <c>.azurite/</c>) and maildev, and points the app's configuration at them.
/// </summary>
public static class DevelopmentEmulators
{
    public static async Task<IAsyncDisposable?> StartDevelopmentEmulatorsAsync(
        this WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        var config = builder.Configuration;
        if (!builder.Environment.IsDevelopment() ||
            !config.GetValue("DevServers:Enabled", false) ||
            !string.IsNullOrEmpty(config[StorageAccount.ConnectionStringKey]))
        {
            return null;
        }

        string dataDirectory = Path.GetFullPath(
            config["DevServers:AzuriteDataDirectory"] ?? ".azurite", builder.Environment.ContentRootPath);
        var servers = await DevServerSet.StartAsync(
            new DevServerOptions { AzuriteDataDirectory = dataDirectory }, cancellationToken);
        config[StorageAccount.ConnectionStringKey] = servers.StorageConnectionString;
        config["Email:Smtp:Host"] = "127.0.0.1";
        config["Email:Smtp:Port"] = servers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        config["DevServers:MailWebUri"] = servers.MailWebUri.ToString();
        Console.WriteLine($"Azurite: data in {dataDirectory}; maildev inbox: {servers.MailWebUri}");
        return servers;
    }
}
