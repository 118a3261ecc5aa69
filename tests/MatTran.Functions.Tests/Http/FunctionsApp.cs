using System.Security.Cryptography;
using MatTran.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MatTran.Functions.Tests.Http;

/// <summary>
/// The Functions app's services as <c>AddMatTranFunctions</c> registers them, in a plain host (the worker's own
/// services need the Functions host), with configuration that reaches no server until a request needs storage.
/// </summary>
internal static class FunctionsApp
{
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static IServiceProvider Services(string environment)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["UnitLinks:SigningKey"] = SigningKey,
            ["Email:FromAddress"] = "kiemtra@mattran.test",
        });
        builder.Services.AddLogging();
        builder.AddMatTranFunctions();
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>A request as the worker's ASP.NET Core integration hands it over: scoped services, a body to read back.</summary>
    public static HttpContext Request(IServiceProvider root, string method, string path, Action<HttpRequest>? configure = null)
    {
        var http = new DefaultHttpContext { RequestServices = root.CreateScope().ServiceProvider };
        http.Request.Method = method;
        http.Request.Path = path;
        http.Response.Body = new MemoryStream();
        configure?.Invoke(http.Request);
        return http;
    }

    public static string ResponseBody(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return new StreamReader(http.Response.Body).ReadToEnd();
    }
}
