namespace MatTran.Inspections.Documents;

/// <summary>
/// The signature block bottom right, e.g. "TM. BAN THƯỜNG TRỰC" / "PHÓ CHỦ TỊCH" / "Nguyễn Văn A".
/// <paramref name="Authority"/> is empty when the head signs in their own name.
/// </summary>
public sealed record SignatureBlock(string Authority, string Position, string SignerName);
