using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Security.Cryptography;

namespace MatTran.Api.UnitPortal;

/// <summary>
/// The portal's script and style: real files (<c>wwwroot/unit-portal/</c>) embedded in the assembly, so each host
/// serves them itself from the one route (<c>units/assets/{fileName}</c>) — no CDN, nothing to deploy next to the
/// executable, the same bytes under the local host and the Functions app.
/// </summary>
public static class UnitPortalAssets
{
    public const string ScriptFileName = "unit-portal.js";
    public const string StyleFileName = "unit-portal.css";

    private const string ResourcePrefix = "MatTran.Api.UnitPortal.";

    private static readonly Dictionary<string, UnitPortalAsset> s_assets = new(StringComparer.Ordinal)
    {
        [ScriptFileName] = Load(ScriptFileName, "text/javascript; charset=utf-8"),
        [StyleFileName] = Load(StyleFileName, "text/css; charset=utf-8"),
    };

    public static bool TryGet(string fileName, [NotNullWhen(true)] out UnitPortalAsset? asset) =>
        s_assets.TryGetValue(fileName, out asset);

    /// <summary>A short content hash, put in the page's asset URLs so a new build is never mixed with a cached old file.</summary>
    public static string Version(string fileName) => s_assets[fileName].ETag.Trim('"');

    private static UnitPortalAsset Load(string fileName, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The unit portal's {fileName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        byte[] content = buffer.ToArray();
        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
        return new UnitPortalAsset(fileName, contentType, content, etag);
    }
}
