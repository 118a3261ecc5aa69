using MatTran.Inspections.Formatting;

namespace MatTran.Inspections.Findings;

/// <summary>Writes a figure the way official reports do: "Nhà Đại đoàn kết: 02", "Quỹ Vì người nghèo: 1.250.000.000 đồng".</summary>
public static class FigureFormatter
{
    public static string Format(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string value = figure.Unit switch
        {
            FigureUnit.Vnd => VietnameseFormat.Money(figure.Value),
            FigureUnit.Members => VietnameseFormat.Count((long)figure.Value, FindingTexts.MembersNoun),
            FigureUnit.Count => VietnameseFormat.Count((long)figure.Value, string.Empty),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Unit, null),
        };
        return $"{figure.Label}: {value}";
    }
}
