using MatTran.Api.Http;
using MatTran.Inspections.Validation;

namespace MatTran.Api.Plans;

public sealed record CreatePlanRequest(
    [property: TextLimit(TextLimits.PlanNumber, SingleLine = true)] string? Number,
    int Year,
    [property: TextLimit(TextLimits.Id, SingleLine = true)] string? IssuerUnitId,
    [property: TextLimit(TextLimits.Title, SingleLine = true)] string? Title,
    [property: TextLimit(TextLimits.Topic, SingleLine = true), MaxItems(TextLimits.MaxTopics)] IReadOnlyList<string>? Topics,
    [property: MaxItems(TextLimits.MaxPlanInspections, Code = ValidationCodes.PlanInspectionsTooMany)] IReadOnlyList<PlannedInspectionRequest>? Inspections,
    [property: MaxItems(TextLimits.MaxTopics)] IReadOnlyList<PlanTargetRequest?>? Targets = null)
    : IRequestBody;
