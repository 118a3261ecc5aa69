namespace MatTran.Inspections.Documents;

/// <summary>
/// A4 page and margins in twentieths of a point (twips), inside the ranges Decree 30/2020/NĐ-CP Appendix I sets:
/// top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
/// </summary>
public static class PageLayout
{
    public const double TwipsPerMillimetre = 1440 / 25.4;

    public const int PageWidth = 11906;   // 210 mm

    public const int PageHeight = 16838;  // 297 mm

    public const int MarginTop = 1134;    // 20 mm

    public const int MarginBottom = 1134; // 20 mm

    public const int MarginLeft = 1701;   // 30 mm

    public const int MarginRight = 1077;  // 19 mm

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Issuer column of the header table; the rest goes to the national motto.</summary>
    public const int IssuerColumnWidth = 3685; // 65 mm: the motto line needs the rest on one line

    /// <summary>Recipients column of the closing table; the rest goes to the signature block.</summary>
    public const int RecipientsColumnWidth = 4309; // 76 mm

    /// <summary>Body first-line indent: 1 cm.</summary>
    public const int FirstLineIndent = 567;

    public static double ToMillimetres(int twips) => twips / TwipsPerMillimetre;
}
