namespace MatTran.Inspections.Findings;

/// <summary>Vietnamese names and messages for findings and feedback.</summary>
public static class FindingTexts
{
    public static string TypeName(FindingType type) => type switch
    {
        FindingType.Achievement => "Kết quả đạt được",
        FindingType.Limitation => "Hạn chế",
        FindingType.Cause => "Nguyên nhân",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Noun written after a count of people.</summary>
    public const string MembersNoun = "người";

    public const string FindingsEmpty = "Phải có ít nhất một nội dung kết quả kiểm tra.";

    public static string TopicUnknown(string topic) => $"Nội dung \"{topic}\" không có trong kế hoạch.";

    public const string TypeInvalid = "Loại phải là Kết quả (Achievement), Hạn chế (Limitation) hoặc Nguyên nhân (Cause).";
    public const string TextRequired = "Nội dung nhận xét không được để trống.";
    public const string FigureLabelRequired = "Số liệu phải có tên.";
    public const string FigureUnitInvalid = "Đơn vị số liệu phải là Count, Members hoặc Vnd.";
    public const string FigureNegative = "Số liệu không được âm.";
    public const string FigureNotWhole = "Số lượng phải là số nguyên.";
    public const string DraftReportRequired = "Phải có dự thảo báo cáo.";
    public const string FeedbackEmpty = "Phải nhập nội dung giải trình hoặc đính kèm tệp.";
}
