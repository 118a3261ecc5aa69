namespace MatTran.Inspections.Documents.Templates;

/// <summary>
/// An earlier document cited in the body ("Kế hoạch số 325/KH-MTTQ-BTT ngày 15/02/2023 … về {About}").
/// </summary>
public sealed record DocumentReference(string Number, DateOnly Date, string About);
