namespace MatTran.Inspections.Documents;

/// <summary>
/// The issuing body as printed top left, plus what running text and numbering need.
/// </summary>
/// <param name="Id">Stable id that keys number sequences; never printed.</param>
/// <param name="ParentBody">The line above the body, e.g. "ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG"; empty for a top-level body.</param>
/// <param name="Body">e.g. "BAN THƯỜNG TRỰC".</param>
/// <param name="FullName">The body named in running text, e.g. "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng".</param>
/// <param name="Symbol">Issuer part of document numbers, e.g. "MTTQ-BTT".</param>
/// <param name="Place">Place name of the date line, e.g. "Cao Bằng".</param>
public sealed record DocumentIssuer(string Id, string ParentBody, string Body, string FullName, string Symbol, string Place);
