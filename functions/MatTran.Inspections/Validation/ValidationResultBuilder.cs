namespace MatTran.Inspections.Validation;

/// <summary>Collects errors and warnings while a validator walks its input.</summary>
public sealed class ValidationResultBuilder
{
    private readonly List<ValidationError> errors = [];
    private readonly List<ValidationError> warnings = [];

    public bool HasErrors => errors.Count > 0;

    public ValidationResultBuilder Error(string code, string field, string message)
    {
        errors.Add(new ValidationError(code, field, message));
        return this;
    }

    public ValidationResultBuilder Warning(string code, string field, string message)
    {
        warnings.Add(new ValidationError(code, field, message));
        return this;
    }

    public ValidationResultBuilder Merge(ValidationResult other)
    {
        errors.AddRange(other.Errors);
        warnings.AddRange(other.Warnings);
        return this;
    }

    public ValidationResult Build() => errors.Count == 0 && warnings.Count == 0 ? ValidationResult.Valid : new ValidationResult([.. errors], [.. warnings]);
}
