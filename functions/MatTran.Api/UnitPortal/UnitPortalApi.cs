namespace MatTran.Api.UnitPortal;

/// <summary>
/// The page an inspected unit opens from its emailed link, and the script and style it loads. Units have no
/// accounts: the signed token in <c>t</c> is their credential, and only the JSON API checks it. The page itself is
/// the same for everyone, so it is anonymous and answers 200 even for a bad token; the script then shows what the
/// API says. In Azure the page will move to the web app; until then the Functions app serves it from the same route.
/// </summary>
public static class UnitPortalApi
{
    internal static IResult GetPage(string inspectionId, HttpContext context)
    {
        UnitPortalHeaders.Apply(context.Response);
        return TypedResults.Content(UnitPortalPage.Render(inspectionId, context.Request.PathBase.Value ?? ""), "text/html; charset=utf-8");
    }

    internal static IResult GetAsset(string fileName, HttpContext context)
    {
        if (!UnitPortalAssets.TryGet(fileName, out UnitPortalAsset? asset))
        {
            return TypedResults.NotFound();
        }

        UnitPortalHeaders.Apply(context.Response);
        // The assets hold no secret, but the page's URL does; revalidating keeps an updated script from being
        // mixed with an old page while the ETag spares the download.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
