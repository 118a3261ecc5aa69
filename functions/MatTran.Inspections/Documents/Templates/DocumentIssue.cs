namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// What every issued document needs besides its body: who issues it, its allocated number, the issue date, who signs
/// and who receives it (the records copy is added by the writer).
/// </summary>
public sealed record DocumentIssue(
    DocumentIssuer Issuer,
    DocumentNumber Number,
    DateOnly Date,
    SignatureBlock Signature,
    IReadOnlyList<string> Recipients);
