using Microsoft.Extensions.Configuration;

namespace MatTran.LocalHost.Engine;

/// <summary>
/// Adds a Functions host.json to a configuration the way the Functions host sees it: every key under
/// <c>AzureFunctionsJobHost</c>. Sources added later (environment variables such as
/// <c>AzureFunctionsJobHost__extensions__durableTask__hubName</c>) override it, as app settings do in Azure.
/// </summary>
public static class HostJsonConfiguration
{
    public const string Prefix = "AzureFunctionsJobHost";

    /// <summary>
    /// Reads <paramref name="path"/> (relative paths resolve against the builder's base path) once and adds its keys
    /// prefixed with <see cref="Prefix"/>.
    /// </summary>
    public static IConfigurationBuilder AddHostJson(this IConfigurationBuilder builder, string path, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        IConfigurationRoot hostJson = new ConfigurationBuilder()
            .SetFileProvider(builder.GetFileProvider())
            .AddJsonFile(path, optional, reloadOnChange: false)
            .Build();

        var prefixed = hostJson.AsEnumerable()
            .Where(pair => pair.Value is not null)
            .Select(pair => new KeyValuePair<string, string?>(Prefix + ConfigurationPath.KeyDelimiter + pair.Key, pair.Value))
            .ToList();

        return builder.AddInMemoryCollection(prefixed);
    }
}
