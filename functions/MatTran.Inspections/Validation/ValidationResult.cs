namespace MatTran.Inspections.Validation;

/// <summary>
/// Outcome of validating one input: blocking errors and non-blocking warnings. The HTTP layer turns
/// <see cref="ErrorsByField"/> into the <c>errors</c> member of a problem+json response.
/// </summary>
public sealed class ValidationResult
{
    public static readonly ValidationResult Valid = new([], []);

    public ValidationResult(IReadOnlyList<ValidationError> errors, IReadOnlyList<ValidationError> warnings)
    {
        Errors = errors;
        Warnings = warnings;
    }

    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Advice that does not stop the operation (e.g. one unit inspected and supervised in the same plan).</summary>
    public IReadOnlyList<ValidationError> Warnings { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Messages grouped by field, in the order the errors were found.</summary>
    public IReadOnlyDictionary<string, string[]> ErrorsByField() =>
        Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    /// <summary>Codes grouped by field, for clients that branch on codes rather than text.</summary>
    public IReadOnlyDictionary<string, string[]> ErrorCodesByField() =>
        Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray(), StringComparer.Ordinal);

    public bool HasError(string code) => Errors.Any(e => e.Code == code);

    public bool HasWarning(string code) => Warnings.Any(e => e.Code == code);
}
