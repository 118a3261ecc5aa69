namespace MatTran.LocalHost.Hosting;

/// <summary>
/// Response headers of the unit page (<c>/units/inspections/{id}?t=</c>), which is opened with a credential in its
/// URL, and of its files under <c>/units/</c>. Static Web Apps sets the same values from
/// <c>staticwebapp.config.json</c>'s <c>/units/*</c> routes in Azure (a test compares the two).
/// </summary>
public static class UnitPageHeaders
{
    /// <summary>The web app's file answered for every unit page address.</summary>
    public const string PageFile = "units/unit-portal.html";

    /// <summary>
    /// Everything from this app only: no CDN, no inline script or style, no framing, no form posting elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>The page: the token is in its URL, so no cache keeps it and the URL is never sent on as a Referer.</summary>
    public static void ApplyToPage(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        ApplyToFile(response);
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }

    /// <summary>The page's script, style and texts: they hold no secret, but are loaded from a page whose URL does.</summary>
    public static void ApplyToFile(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
