using MatTran.Inspections.Units;

namespace MatTran.Inspections.Plans;

/// <summary>How a target reads in documents and reports: "90% Ủy ban MTTQ cấp xã xếp loại tốt trở lên".</summary>
public static class TargetTexts
{
    public static string Describe(PlanTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{target.ThresholdPercent}% {Subject(target)} {Predicate(target.Metric)}";
    }

    private static string Subject(PlanTarget target) => target.Metric switch
    {
        TargetMetric.Completed => "số cuộc kiểm tra, giám sát " + LevelPhrase(target.Level, "đối với "),
        TargetMetric.RemediationsAccepted => "kiến nghị " + LevelPhrase(target.Level, "đối với "),
        _ => target.Level is { } level ? Units(level) : "đơn vị được kiểm tra, giám sát",
    };

    private static string LevelPhrase(UnitLevel? level, string lead) => level is { } l ? lead + Units(l) : "trong kế hoạch";

    private static string Units(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Ủy ban MTTQ cấp tỉnh",
        UnitLevel.District => "Ủy ban MTTQ cấp huyện",
        UnitLevel.Commune => "Ủy ban MTTQ xã, phường, thị trấn",
        UnitLevel.ResidentialArea => "Ban công tác Mặt trận khu dân cư",
        UnitLevel.MemberOrganization => "tổ chức thành viên",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    private static string Predicate(TargetMetric metric) => metric switch
    {
        TargetMetric.RatedGoodOrAbove => "xếp loại tốt trở lên",
        TargetMetric.RatedFairOrAbove => "xếp loại khá trở lên",
        TargetMetric.Completed => "được hoàn thành",
        TargetMetric.RemediationsAccepted => "được khắc phục xong",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    public const string ThresholdInvalid = "Chỉ tiêu phải từ 1% đến 100%.";
    public const string MetricInvalid = "Loại chỉ tiêu phải là RatedGoodOrAbove, RatedFairOrAbove, Completed hoặc RemediationsAccepted.";
    public const string LevelInvalid = "Cấp đơn vị của chỉ tiêu không hợp lệ.";
    public const string TargetDuplicate = "Chỉ tiêu này đã có trong kế hoạch.";
}
