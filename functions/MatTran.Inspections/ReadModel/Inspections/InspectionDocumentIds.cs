using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MatTran.Inspections.Documents.Storage;

namespace MatTran.Inspections.ReadModel.Inspections;

/// <summary>
/// Document ids are "{inspectionId}.{kind segment}.v{version}": readable, safe in a URL path and a table key, and they
/// name the inspection, so a download is authorised against that inspection's unit without a lookup table.
/// </summary>
public static class InspectionDocumentIds
{
    public static string For(string inspectionId, DocumentKind kind, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{inspectionId}.{DocumentKindPaths.Segment(kind)}.v{version}");

    public static bool TryParse(string? id, [NotNullWhen(true)] out string? inspectionId, out DocumentKind kind, out int version)
    {
        inspectionId = null;
        kind = default;
        version = 0;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        int versionDot = id.LastIndexOf('.');
        int kindDot = versionDot > 0 ? id.LastIndexOf('.', versionDot - 1) : -1;
        if (kindDot <= 0 || id.Length < versionDot + 3 || id[versionDot + 1] != 'v' ||
            !int.TryParse(id.AsSpan(versionDot + 2), NumberStyles.None, CultureInfo.InvariantCulture, out version) || version < 1 ||
            !DocumentKindPaths.TryParse(id[(kindDot + 1)..versionDot], out kind))
        {
            return false;
        }

        inspectionId = id[..kindDot];
        return true;
    }
}
