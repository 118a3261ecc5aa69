using MatTran.Api.Problems;
using MatTran.Inspections.ReadModel.Units;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MatTran.Api.Units;

public static class UnitsApi
{
    /// <summary>A province's full tree is a few thousand lines; 1 MB leaves ample room and bounds memory per request.</summary>
    public const long MaxCsvBytes = 1024 * 1024;

    public const string CsvMediaType = "text/csv";

    // Codes meaning the file could not be read as the expected CSV at all (400); every other code is a rule (422).
    private static readonly HashSet<string> MalformedCodes =
    [
        ValidationCodes.UnitsCsvEmpty, ValidationCodes.UnitsCsvHeaderInvalid, ValidationCodes.UnitsCsvMalformed, ValidationCodes.UnitsCsvColumnCount,
    ];

    /// <summary>
    /// <c>POST /api/units/import</c> (text/csv, UTF-8 with or without a byte order mark): all or nothing — any error stores nothing; known units may be
    /// parents of new ones, and a unit already stored is replaced by the imported line. With <c>dryRun=true</c> the
    /// same checks run and the answer previews what would be stored, writing nothing (the web app's import preview).
    /// </summary>
    internal static async Task<Results<Ok<UnitsImported>, Ok<UnitsImportPreview>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, UnitStore store, bool? dryRun, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.WithCode(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, ApiTexts.CsvRequired(CsvMediaType));
        }

        byte[] csv;
        try
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            csv = body.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.WithCode(e.StatusCode, ProblemCodes.BodyTooLarge, ApiTexts.BodyTooLarge(MaxCsvBytes));
        }

        var known = await store.DirectoryAsync(cancellationToken);
        var parsed = UnitsCsvParser.Parse(csv, known);
        if (!parsed.Validation.IsValid)
        {
            return parsed.Validation.Errors.Any(e => MalformedCodes.Contains(e.Code))
                ? ValidationProblems.Malformed(parsed.Validation)
                : ValidationProblems.RuleViolation(parsed.Validation);
        }

        if (dryRun == true)
        {
            return TypedResults.Ok(new UnitsImportPreview(
                parsed.Units.Count, [.. parsed.Units.Select(u => new UnitsImportPreviewRow(u, known.Contains(u.Id)))]));
        }

        await store.UpsertAsync(parsed.Units, cancellationToken);
        return TypedResults.Ok(new UnitsImported(parsed.Units.Count));
    }

    /// <summary><c>GET /api/units</c>: every unit, ordered by id.</summary>
    internal static async Task<Ok<IReadOnlyList<Unit>>> ListAsync(UnitStore store, CancellationToken cancellationToken)
    {
        var units = await store.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<Unit>>([.. units.OrderBy(u => u.Id, StringComparer.Ordinal)]);
    }
}
