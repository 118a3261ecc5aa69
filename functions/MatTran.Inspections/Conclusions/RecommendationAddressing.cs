using MatTran.Inspections.Committees;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Conclusions;

/// <summary>
/// Resolves whom each recommendation is addressed to, so documents and lists show names: a given unit or department
/// id becomes its name in <see cref="Recommendation.Responsible"/>; a "responsible" that is itself a unit id, or a
/// department's id or name, is recognised as that unit or department. Unknown ids are errors.
/// </summary>
public static class RecommendationAddressing
{
    public static (IReadOnlyList<Recommendation> Resolved, ValidationResult Validation) Resolve(
        IReadOnlyList<Recommendation> recommendations, UnitDirectory units, CommitteeDirectory committee)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(committee);
        var result = new ValidationResultBuilder();
        var resolved = new List<Recommendation>(recommendations.Count);
        for (int i = 0; i < recommendations.Count; i++)
        {
            var r = recommendations[i];
            var department = committee.Department(r.DepartmentId);
            var unit = units.Find(r.UnitId);
            if (r.DepartmentId is { } departmentId && department is null)
            {
                result.Error(ValidationCodes.ConclusionRecommendationDepartmentUnknown, FieldPath.Item("recommendations", i, "departmentId"),
                    ConclusionTexts.RecommendationDepartmentUnknown(departmentId));
            }

            if (r.UnitId is { } unitId && unit is null)
            {
                result.Error(ValidationCodes.ConclusionRecommendationUnitUnknown, FieldPath.Item("recommendations", i, "unitId"),
                    ConclusionTexts.RecommendationUnitUnknown(unitId));
            }

            if (r.OwnerStaffId is { } ownerId && committee.Member(ownerId) is null)
            {
                result.Error(ValidationCodes.ConclusionRecommendationOwnerUnknown, FieldPath.Item("recommendations", i, "ownerStaffId"),
                    ConclusionTexts.RecommendationOwnerUnknown(ownerId));
            }

            string responsible = r.Responsible.Trim();
            if (department is null && unit is null && responsible.Length > 0)
            {
                unit = units.Find(responsible);
                department = unit is null
                    ? committee.Departments.FirstOrDefault(d => d.Id == responsible || string.Equals(d.Name, responsible, StringComparison.OrdinalIgnoreCase))
                    : null;
            }

            resolved.Add(r with
            {
                Responsible = department?.Name ?? unit?.Name ?? responsible,
                DepartmentId = department?.Id,
                UnitId = department is null ? unit?.Id : null,
            });
        }

        return (resolved, result.Build());
    }
}
