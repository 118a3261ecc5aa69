using MatTran.Inspections.Findings;
using MatTran.Web.Formatting;

namespace MatTran.Web.Shared;

/// <summary>A figure as reports print it: "Quỹ Vì người nghèo: 7.955.058.171 đồng", "Hội viên: 1.250 người".</summary>
public static class FigureText
{
    public static string Value(Figure figure, string unitWord) => $"{Show.Number(figure.Value)} {unitWord}".TrimEnd();
}
