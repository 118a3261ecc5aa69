using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using MatTran.Api.UnitPortal.Assets;

namespace MatTran.Api.UnitPortal;

/// <summary>
/// The portal's script and style, compiled into the assembly as text: the app serves them itself (no CDN, nothing
/// to deploy next to the executable, no static-file middleware in front of the API, no project-file change).
/// </summary>
public static class UnitPortalAssets
{
    public const string ScriptFileName = "unit-portal.js";
    public const string StyleFileName = "unit-portal.css";

    private static readonly Dictionary<string, UnitPortalAsset> s_assets = new(StringComparer.Ordinal)
    {
        [ScriptFileName] = Create(ScriptFileName, "text/javascript; charset=utf-8", UnitPortalScript.Text),
        [StyleFileName] = Create(StyleFileName, "text/css; charset=utf-8", UnitPortalStyle.Text),
    };

    public static bool TryGet(string fileName, [NotNullWhen(true)] out UnitPortalAsset? asset) =>
        s_assets.TryGetValue(fileName, out asset);

    /// <summary>A short content hash, put in the page's asset URLs so a new build is never mixed with a cached old file.</summary>
    public static string Version(string fileName) => s_assets[fileName].ETag.Trim('"');

    private static UnitPortalAsset Create(string fileName, string contentType, string text)
    {
        byte[] content = Encoding.UTF8.GetBytes(text);
        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
        return new UnitPortalAsset(fileName, contentType, content, etag);
    }
}
