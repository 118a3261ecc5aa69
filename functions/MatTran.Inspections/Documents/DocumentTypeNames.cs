namespace MatTran.Inspections.Documents;

/// <summary>The Vietnamese name and symbol of each document type as printed on the document.</summary>
public static class DocumentTypeNames
{
    /// <summary>The abbreviation in the number/symbol line, e.g. "QĐ" in "12/QĐ-MTTQ-BTT".</summary>
    public static string Abbreviation(DocumentType type) => type switch
    {
        DocumentType.Decision => "QĐ",
        DocumentType.Notice => "TB",
        DocumentType.Plan => "KH",
        DocumentType.Report => "BC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The centred title, e.g. "QUYẾT ĐỊNH".</summary>
    public static string Title(DocumentType type) => type switch
    {
        DocumentType.Decision => "QUYẾT ĐỊNH",
        DocumentType.Notice => "THÔNG BÁO",
        DocumentType.Plan => "KẾ HOẠCH",
        DocumentType.Report => "BÁO CÁO",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
