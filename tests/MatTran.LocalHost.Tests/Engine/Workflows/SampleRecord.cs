namespace MatTran.LocalHost.Tests.Engine.Workflows;

/// <summary>A payload with the shapes the app's inputs have: Vietnamese text, numbers, dates, a list.</summary>
public sealed record SampleRecord(string Committee, int Members, decimal FundVnd, DateOnly Founded, IReadOnlyList<string> Topics)
{
    public bool Matches(SampleRecord? other) =>
        other is not null && other.Committee == Committee && other.Members == Members && other.FundVnd == FundVnd &&
        other.Founded == Founded && other.Topics.SequenceEqual(Topics);
}
