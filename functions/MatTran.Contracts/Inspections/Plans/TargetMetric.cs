namespace MatTran.Inspections.Plans;

/// <summary>What a programme target (chỉ tiêu) measures; the name is part of the API.</summary>
public enum TargetMetric
{
    /// <summary>Share of the units rated (their latest rating) Tốt or Xuất sắc: "xếp loại tốt trở lên".</summary>
    RatedGoodOrAbove,

    /// <summary>Share of the units rated Khá or better: "xếp loại khá trở lên".</summary>
    RatedFairOrAbove,

    /// <summary>Share of the planned engagements closed: "hoàn thành".</summary>
    Completed,

    /// <summary>Share of the recommendations whose remediation was accepted: "khắc phục xong kiến nghị".</summary>
    RemediationsAccepted,
}
