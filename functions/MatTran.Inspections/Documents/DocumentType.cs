namespace MatTran.Inspections.Documents;

/// <summary>
/// The legal type of an issued document (loại văn bản, Decree 30/2020/NĐ-CP Appendix III). Numbers run per type,
/// so a conclusion notice and an inspection notice share the "TB" sequence, as the records office keeps it.
/// </summary>
public enum DocumentType
{
    /// <summary>Quyết định (QĐ).</summary>
    Decision,

    /// <summary>Thông báo (TB).</summary>
    Notice,

    /// <summary>Kế hoạch (KH).</summary>
    Plan,

    /// <summary>Báo cáo (BC).</summary>
    Report,
}
