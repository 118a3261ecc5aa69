namespace MatTran.Inspections.Documents;

/// <summary>
/// A document's number and symbol (số, ký hiệu), printed as <c>{Sequence}/{type}-{issuer symbol}</c>,
/// e.g. "12/QĐ-MTTQ-BTT". The year is not printed: the date line carries it.
/// </summary>
public sealed record DocumentNumber(int Sequence, int Year, DocumentType Type, string IssuerSymbol)
{
    public string Text => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Sequence}/{DocumentTypeNames.Abbreviation(Type)}-{IssuerSymbol}");

    public override string ToString() => Text;
}
