namespace MatTran.Inspections.Documents;

/// <summary>Fixed Vietnamese wording of the Decree 30/2020/NĐ-CP layout, kept out of the writer's logic.</summary>
public static class DocumentTexts
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Prefix of the number line: "Số: 12/QĐ-MTTQ-BTT".</summary>
    public const string NumberPrefix = "Số: ";

    public const string RecipientsHeading = "Nơi nhận:";

    /// <summary>The mark above a draft's title.</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>A draft's number line leaves the number for the records office: "Số:      /BC-MTTQ-BTT".</summary>
    public const string DraftNumberGap = "      ";

    /// <summary>The records office copy that closes every recipients list.</summary>
    public const string ArchiveCopy = "Lưu: VT";

    /// <summary>{0} place, {1} day, {2} month, {3} year.</summary>
    public const string DateLinePattern = "{0}, ngày {1} tháng {2} năm {3}";

    /// <summary>The standing board signs as a collective body (thay mặt).</summary>
    public const string StandingBoardAuthority = "TM. BAN THƯỜNG TRỰC";

    /// <summary>The position printed when a committee's directory names no signer yet.</summary>
    public const string DefaultSignerPosition = "Phó Chủ tịch";

    public const string FontName = "Times New Roman";

    public const string Language = "vi-VN";
}
