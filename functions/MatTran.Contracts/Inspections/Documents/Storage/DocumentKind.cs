namespace MatTran.Inspections.Documents.Storage;

/// <summary>What a stored file is in the inspection's life; the third segment of its blob path.</summary>
public enum DocumentKind
{
    TeamDecision,
    Notice,
    SelfReport,
    DraftReport,
    UnitFeedback,
    Conclusion,
    RemediationReport,

    /// <summary>Kế hoạch kiểm tra, giám sát năm (KH), generated when the plan is approved; stored under the plan.</summary>
    AnnualPlan,

    /// <summary>Báo cáo kết quả thực hiện kế hoạch (BC), generated when the plan completes; stored under the plan.</summary>
    YearEndReport,
}
