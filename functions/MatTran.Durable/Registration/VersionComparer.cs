namespace MatTran.Durable;

/// <summary>Orders versions numerically when both parse ("2" &lt; "10", "1.2" &lt; "1.10"), ordinally otherwise.</summary>
internal sealed class VersionComparer : IComparer<string>
{
    public static VersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (TryParse(x, out var a) && TryParse(y, out var b))
        {
            return a.CompareTo(b);
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool TryParse(string? text, out Version version)
    {
        if (int.TryParse(text, out var major))
        {
            version = new Version(major, 0);
            return true;
        }

        return Version.TryParse(text, out version!);
    }
}
