using System.Globalization;
using MatTran.Functions.Storage;

namespace MatTran.Functions.Hosting;

public static class HostingExtensions
{
    /// <summary>Everything the host needs, registered in one place so Program.cs stays short.</summary>
    public static WebApplicationBuilder AddMatTranHost(this WebApplicationBuilder builder)
    {
        builder.ListenWhereTheFunctionsHostExpects();
        builder.Services.AddProblemDetails();
        builder.Services.AddStorageAccount(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Health.StorageHealthProbe>();
        return builder;
    }

    /// <summary>
    /// Under the Azure Functions host the custom handler must listen on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>; otherwise
    /// the configured URLs apply, defaulting to http://localhost:7071 (the Functions local port people expect).
    /// </summary>
    private static void ListenWhereTheFunctionsHostExpects(this WebApplicationBuilder builder)
    {
        string? port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int customHandlerPort))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{customHandlerPort}");
        }
        else if (string.IsNullOrEmpty(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey)))
        {
            builder.WebHost.UseUrls("http://localhost:7071");
        }
    }
}
