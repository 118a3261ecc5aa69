namespace MatTran.Inspections.Documents;

/// <summary>How a body paragraph is set; the writer owns the fonts and spacing of each.</summary>
public enum BodyParagraphStyle
{
    /// <summary>Justified, first line indented.</summary>
    Normal,

    /// <summary>A section heading such as "I. KẾT QUẢ ĐẠT ĐƯỢC": bold, justified, indented.</summary>
    Heading,

    /// <summary>Centred and bold, e.g. the issuing authority line or "QUYẾT ĐỊNH:" in a decision.</summary>
    CenteredBold,

    /// <summary>An item starting with "- ".</summary>
    Bullet,
}
