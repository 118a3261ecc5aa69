namespace MatTran.Api.Routing;

/// <summary>
/// Headers every answer of the API carries, set by <see cref="ApiAccessPolicy"/> before anything else happens to the
/// request, so no route (a file download, the unit page's assets, an archived .eml, a refusal) can be served without
/// them, in either host.
/// </summary>
public static class ApiResponseHeaders
{
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        // Browsers must take the declared Content-Type at its word: an uploaded "PDF" that is really HTML must never be
        // rendered as a page of this origin (where the unit's link token lives).
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
