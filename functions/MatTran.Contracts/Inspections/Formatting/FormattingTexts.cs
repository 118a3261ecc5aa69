namespace MatTran.Inspections.Formatting;

/// <summary>Vietnamese words used by <see cref="VietnameseFormat"/>.</summary>
public static class FormattingTexts
{
    /// <summary>{0} = grouped amount.</summary>
    public const string MoneyPattern = "{0} đồng";
}
