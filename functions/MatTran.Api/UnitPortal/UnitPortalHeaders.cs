namespace MatTran.Api.UnitPortal;

/// <summary>Response headers of the unit portal, which is opened with a credential in its URL.</summary>
public static class UnitPortalHeaders
{
    /// <summary>
    /// Everything from this app only: no CDN, no inline script or style (the shell's texts travel in a
    /// non-executable JSON block), no framing, no form posting elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        // The token is in the URL: keep the page out of caches and never send the URL on as a Referer (to the
        // script and style it loads, or to a link the unit follows).
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // X-Content-Type-Options is on every answer of the API (ApiResponseHeaders), these included.
    }
}
