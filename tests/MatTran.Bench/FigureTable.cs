using System.Globalization;

namespace MatTran.Bench;

/// <summary>Prints the figures as one table, each also as a multiple of the raw storage round trip.</summary>
internal static class FigureTable
{
    public static void Print(IReadOnlyList<Figure> figures, Figure raw)
    {
        var rawMs = raw.Elapsed.TotalMilliseconds / raw.Units;
        Console.WriteLine();
        Console.WriteLine($"| figure | n | seconds | rate | ms per unit | × raw round trip | storage requests per unit |");
        Console.WriteLine($"|---|---|---|---|---|---|---|");
        foreach (var figure in figures)
        {
            var msPerUnit = figure.Elapsed.TotalMilliseconds / figure.Units;
            var perUnit = figure.Requests is { } requests ? (requests / (double)figure.Units).ToString("F1", CultureInfo.InvariantCulture) : "–";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {figure.Name} | {figure.Count} | {figure.Elapsed.TotalSeconds:F2} | {figure.PerSecond:F1} {figure.UnitName} | {msPerUnit:F2} | {msPerUnit / rawMs:F1} | {perUnit} |"));
        }
    }
}
