namespace MatTran.LocalHost.Hosting;

/// <summary>
/// The web app (<c>web/MatTran.Web</c>, Blazor WebAssembly) served by the local host the way Static Web Apps serves it
/// in Azure: its files as the framework's static assets (fingerprinted, compressed), and every other page address
/// answered with <c>index.html</c> so the app's router shows it. The unit page is the app's static
/// <c>units/unit-portal.html</c>, answered for every <c>/units/inspections/{id}</c> as Static Web Apps' rewrite does.
/// API addresses are never shadowed: an unknown <c>/api/…</c> or <c>/units/…</c> path still reaches the access policy as
/// an unknown route.
/// </summary>
public static class WebAppMapping
{
    /// <summary>The static web assets manifest the build writes next to the local host's assembly.</summary>
    public const string EndpointsManifest = "MatTran.LocalHost.staticwebassets.endpoints.json";

    /// <summary>The development-time manifest that points at the web project's files (wwwroot and build output).</summary>
    public const string RuntimeManifest = "MatTran.LocalHost.staticwebassets.runtime.json";

    // Addresses the app's router owns: anything outside the API, the unit page and the framework's own files.
    private const string AppPagePattern = "{*path:regex(^(?!api(/|$)|units(/|$)|_framework/|_content/|\\.auth/).*$)}";

    /// <summary>
    /// Lets a host whose application name is not the local host's (a test assembly starting it in-process) find the
    /// web project's files through the local host's development manifest, as <c>dotnet run</c> does by itself.
    /// </summary>
    public static void UseLocalHostStaticWebAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var manifest = Path.Combine(AppContext.BaseDirectory, RuntimeManifest);
        if (File.Exists(manifest))
        {
            builder.WebHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, manifest);
            builder.WebHost.UseStaticWebAssets();
        }
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A host started from another project's output without the web app's manifest (API-only tests) serves no pages.
        var manifest = Path.Combine(AppContext.BaseDirectory, EndpointsManifest);
        if (!File.Exists(manifest))
        {
            return app;
        }

        // Before the static files are written: the unit page's files carry its referrer and sniffing rules.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/units", StringComparison.Ordinal))
            {
                UnitPageHeaders.ApplyToFile(context.Response);
            }

            return next(context);
        });
        app.MapStaticAssets(manifest);
        // Anonymous like every page file: the script sends the link's token to the API, which decides.
        app.MapFallbackToFile("units/inspections/{inspectionId}", UnitPageHeaders.PageFile, new StaticFileOptions
        {
            OnPrepareResponse = file => UnitPageHeaders.ApplyToPage(file.Context.Response),
        });
        // A catch-all's constraint never sees an empty path, so the app's home needs its own entry.
        app.MapFallbackToFile("/", "index.html");
        app.MapFallbackToFile(AppPagePattern, "index.html");
        return app;
    }
}
