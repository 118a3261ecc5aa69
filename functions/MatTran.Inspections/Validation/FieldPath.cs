namespace MatTran.Inspections.Validation;

/// <summary>Builds JSON paths for <see cref="ValidationError.Field"/> the way clients address request members.</summary>
public static class FieldPath
{
    public static string Item(string collection, int index) => $"{collection}[{index}]";

    public static string Item(string collection, int index, string member) => $"{collection}[{index}].{member}";

    public static string Member(string parent, string member) => $"{parent}.{member}";
}
