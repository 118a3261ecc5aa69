namespace MatTran.Inspections.Findings;

/// <summary>The three parts of an inspection report: kết quả, hạn chế, nguyên nhân.</summary>
public enum FindingType
{
    Achievement,
    Limitation,
    Cause,
}
