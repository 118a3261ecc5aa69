using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Inspections;

/// <summary>Body of <c>POST /api/inspections/{id}/reschedule</c>; nullable so a missing value gets its validation code.</summary>
public sealed record RescheduleBody(DateOnly? VisitDate, [property: TextLimit(TextLimits.Reason)] string? Reason) : IRequestBody;
