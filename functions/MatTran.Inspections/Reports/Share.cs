namespace MatTran.Inspections.Reports;

/// <summary>A count out of a total and its percentage, rounded to one decimal (0 when the total is 0).</summary>
public sealed record Share(int Count, int Total, double Percent)
{
    public static Share Of(int count, int total) => new(count, total, total == 0 ? 0 : Math.Round(100.0 * count / total, 1, MidpointRounding.AwayFromZero));
}
