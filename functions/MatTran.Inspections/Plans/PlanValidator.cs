using MatTran.Inspections.Calendar;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Plans;

/// <summary>
/// Checks a plan before it is stored. Field names are the JSON paths of the <c>POST /api/plans</c> body.
/// Repeated units: the same unit twice with the same kind is an error (merge them, "lồng ghép"); the same
/// unit with different kinds (an inspection and a supervision) is allowed with a warning suggesting a merge,
/// because those are sometimes mandated separately.
/// </summary>
public static class PlanValidator
{
    public static ValidationResult Validate(AnnualPlan plan, UnitDirectory units, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(calendar);
        var result = new ValidationResultBuilder();

        if (!PlanNumber.TryParse(plan.Number, out _))
        {
            result.Error(ValidationCodes.PlanNumberInvalid, "number", PlanTexts.NumberInvalid);
        }

        bool yearInRange = plan.Year >= calendar.FirstYear && plan.Year <= calendar.LastYear;
        if (!yearInRange)
        {
            result.Error(ValidationCodes.PlanYearOutOfRange, "year", PlanTexts.YearOutOfRange(calendar.FirstYear, calendar.LastYear));
        }

        bool issuerKnown = units.Contains(plan.IssuerUnitId);
        if (!issuerKnown)
        {
            result.Error(ValidationCodes.PlanIssuerUnknown, "issuerUnitId", PlanTexts.IssuerUnknown(plan.IssuerUnitId ?? string.Empty));
        }

        if (string.IsNullOrWhiteSpace(plan.Title))
        {
            result.Error(ValidationCodes.PlanTitleRequired, "title", PlanTexts.TitleRequired);
        }

        ValidateTopics(plan.Topics ?? [], result);
        ValidateTargets(plan.Targets ?? [], result);

        var inspections = plan.Inspections ?? [];
        if (inspections.Count == 0)
        {
            result.Error(ValidationCodes.PlanInspectionsEmpty, "inspections", PlanTexts.InspectionsEmpty);
        }

        var firstIndexByUnitAndKind = new Dictionary<(string Unit, InspectionKind Kind), int>();
        var firstIndexByUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < inspections.Count; i++)
        {
            var inspection = inspections[i];
            ValidateInspection(plan, inspection, i, units, issuerKnown, yearInRange ? calendar : null, result);

            if (inspection.UnitId is { } unitId && units.Find(unitId) is { } unit)
            {
                if (firstIndexByUnitAndKind.TryGetValue((unitId, inspection.Kind), out int sameKind))
                {
                    result.Error(ValidationCodes.PlanUnitRepeated, Field(i, "unitId"), PlanTexts.UnitRepeated(unit.Name, sameKind));
                }
                else if (firstIndexByUnit.TryGetValue(unitId, out int otherKind))
                {
                    result.Warning(ValidationCodes.PlanUnitMergeSuggested, Field(i, "unitId"), PlanTexts.UnitMergeSuggested(unit.Name, otherKind));
                }

                firstIndexByUnitAndKind.TryAdd((unitId, inspection.Kind), i);
                firstIndexByUnit.TryAdd(unitId, i);
            }
        }

        return result.Build();
    }

    private static void ValidateTopics(IReadOnlyList<string> topics, ValidationResultBuilder result)
    {
        if (topics.Count == 0)
        {
            result.Error(ValidationCodes.PlanTopicsEmpty, "topics", PlanTexts.TopicsEmpty);
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < topics.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(topics[i]))
            {
                result.Error(ValidationCodes.PlanTopicBlank, FieldPath.Item("topics", i), PlanTexts.TopicBlank);
            }
            else if (!seen.Add(topics[i].Trim()))
            {
                result.Error(ValidationCodes.PlanTopicDuplicate, FieldPath.Item("topics", i), PlanTexts.TopicDuplicate(topics[i].Trim()));
            }
        }
    }

    private static void ValidateTargets(IReadOnlyList<PlanTarget> targets, ValidationResultBuilder result)
    {
        var seen = new HashSet<(TargetMetric, UnitLevel?)>();
        for (int i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target is null || !Enum.IsDefined(target.Metric))
            {
                result.Error(ValidationCodes.PlanTargetMetricInvalid, FieldPath.Item("targets", i, "metric"), TargetTexts.MetricInvalid);
                continue;
            }

            if (target.Level is { } level && !Enum.IsDefined(level))
            {
                result.Error(ValidationCodes.PlanTargetLevelInvalid, FieldPath.Item("targets", i, "level"), TargetTexts.LevelInvalid);
            }

            if (target.ThresholdPercent is < 1 or > 100)
            {
                result.Error(ValidationCodes.PlanTargetThresholdInvalid, FieldPath.Item("targets", i, "thresholdPercent"), TargetTexts.ThresholdInvalid);
            }

            if (!seen.Add((target.Metric, target.Level)))
            {
                result.Error(ValidationCodes.PlanTargetDuplicate, FieldPath.Item("targets", i), TargetTexts.TargetDuplicate);
            }
        }
    }

    private static void ValidateInspection(
        AnnualPlan plan, PlannedInspection inspection, int index, UnitDirectory units, bool issuerKnown, WorkingDayCalendar? calendar, ValidationResultBuilder result)
    {
        var unit = units.Find(inspection.UnitId);
        if (unit is null)
        {
            result.Error(ValidationCodes.PlanUnitUnknown, Field(index, "unitId"), PlanTexts.UnitUnknown(inspection.UnitId ?? string.Empty));
        }
        else if (unit.Id == plan.IssuerUnitId)
        {
            result.Error(ValidationCodes.PlanUnitIsIssuer, Field(index, "unitId"), PlanTexts.UnitIsIssuer);
        }
        else if (issuerKnown && !units.IsDescendantOf(unit.Id, plan.IssuerUnitId))
        {
            result.Error(ValidationCodes.PlanUnitNotSubordinate, Field(index, "unitId"), PlanTexts.UnitNotSubordinate(unit.Name));
        }

        if (!Enum.IsDefined(inspection.Kind))
        {
            result.Error(ValidationCodes.PlanKindInvalid, Field(index, "kind"), PlanTexts.KindInvalid);
        }

        if (inspection.VisitDate.Year != plan.Year)
        {
            result.Error(ValidationCodes.PlanVisitDateOutsideYear, Field(index, "visitDate"), PlanTexts.VisitDateOutsideYear(plan.Year));
        }
        else if (calendar is not null && !calendar.IsWorkingDay(inspection.VisitDate))
        {
            result.Warning(ValidationCodes.PlanVisitDateNotWorkingDay, Field(index, "visitDate"), PlanTexts.VisitDateNotWorkingDay(inspection.VisitDate));
        }

        if (inspection.CoveredPeriod is { } period)
        {
            if (period.From > period.To)
            {
                result.Error(ValidationCodes.PlanCoveredPeriodReversed, Field(index, "coveredPeriod"), PlanTexts.CoveredPeriodReversed);
            }
            else if (period.To > inspection.VisitDate)
            {
                result.Error(ValidationCodes.PlanCoveredPeriodAfterVisit, Field(index, "coveredPeriod"), PlanTexts.CoveredPeriodAfterVisit);
            }
        }
        else
        {
            result.Error(ValidationCodes.PlanCoveredPeriodRequired, Field(index, "coveredPeriod"), PlanTexts.CoveredPeriodRequired);
        }

        if (string.IsNullOrWhiteSpace(inspection.TeamLead))
        {
            result.Error(ValidationCodes.PlanTeamLeadRequired, Field(index, "teamLead"), PlanTexts.TeamLeadRequired);
        }

        var members = inspection.Members ?? [];
        for (int m = 0; m < members.Count; m++)
        {
            if (string.IsNullOrWhiteSpace(members[m]))
            {
                result.Error(ValidationCodes.PlanMemberBlank, $"{Field(index, "members")}[{m}]", PlanTexts.MemberBlank);
            }
        }

        var siteVisits = inspection.SiteVisits ?? [];
        for (int s = 0; s < siteVisits.Count; s++)
        {
            string siteId = siteVisits[s] ?? string.Empty;
            string field = $"{Field(index, "siteVisits")}[{s}]";
            if (!units.Contains(siteId))
            {
                result.Error(ValidationCodes.PlanSiteVisitUnknown, field, PlanTexts.SiteVisitUnknown(siteId));
            }
            else if (unit is not null && !units.IsDescendantOf(siteId, unit.Id))
            {
                result.Error(ValidationCodes.PlanSiteVisitOutsideUnit, field, PlanTexts.SiteVisitOutsideUnit(siteId));
            }
        }
    }

    private static string Field(int index, string member) => FieldPath.Item("inspections", index, member);
}
