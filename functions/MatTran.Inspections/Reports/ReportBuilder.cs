using MatTran.Inspections.Committees;
using MatTran.Inspections.Findings;
using MatTran.Inspections.Inspections;
using MatTran.Inspections.Plans;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Remediation;
using MatTran.Inspections.Units;

namespace MatTran.Inspections.Reports;

/// <summary>
/// Computes the record of one or more plans of an issuer from their plans and workflow data; pure, so the figures are
/// tested without storage and the JSON report, the exports and the year-end report (BC) print the same numbers.
/// </summary>
public static class ReportBuilder
{
    public static ReportFigures Build(IReadOnlyList<ReportSource> sources, UnitDirectory units, CommitteeDirectory committee, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(committee);
        var rows = sources.SelectMany(s => s.Inspections).ToList();
        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        UnitLevel LevelOf(string unitId) => units.Find(unitId)?.Level ?? UnitLevel.MemberOrganization;

        var planned = sources.SelectMany(s => s.Plan.Active.Select(i => (i.Id, i.Planned.UnitId, i.Planned.Kind))).ToList();
        var plannedVsDone = planned.Select(p => (p.Kind, Level: LevelOf(p.UnitId), p.Id, Planned: true))
            .Concat(rows.Where(r => r.ParentInspectionId is not null).Select(r => (r.Kind, Level: LevelOf(r.UnitId), r.Id, Planned: false)))
            .GroupBy(p => (p.Kind, p.Level))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Level)
            .Select(g =>
            {
                var stages = g.Select(p => byId.TryGetValue(p.Id, out var row) ? row.Stage : InspectionStage.Scheduled).ToList();
                int done = stages.Count(s => s == InspectionStage.Closed);
                int cancelled = stages.Count(s => s == InspectionStage.Cancelled);
                return new KindLevelCount(g.Key.Kind, g.Key.Level, g.Count(p => p.Planned), done, cancelled, stages.Count - done - cancelled);
            })
            .ToList();

        // Before launch the read model has no rows: every planned visit is Scheduled.
        var stageCounts = Enum.GetValues<InspectionStage>().ToDictionary(s => s, _ => 0);
        foreach (var p in planned.Where(p => !byId.ContainsKey(p.Id)))
        {
            stageCounts[InspectionStage.Scheduled]++;
        }

        foreach (var row in rows)
        {
            stageCounts[row.Stage]++;
        }

        var items = rows.SelectMany(r => r.Remediations.Select(item => (Row: r, Item: item))).ToList();
        var overdue = items.Where(x => x.Item.IsOverdueOn(asOf))
            .Select(x => new OverdueItem(x.Item.Id, x.Row.Id, x.Row.UnitId, units.Find(x.Row.UnitId)?.Name ?? x.Row.UnitId,
                x.Item.Text, x.Item.Responsible, x.Item.DueDate, Math.Max(0, asOf.DayNumber - x.Item.DueDate.DayNumber)))
            .OrderBy(o => o.DueDate).ThenBy(o => o.RemediationId, StringComparer.Ordinal)
            .ToList();

        return new ReportFigures(
            asOf,
            plannedVsDone,
            stageCounts,
            overdue,
            FindingsByTopic(sources, rows),
            Recommendations(items.Select(x => x.Item).ToList(), units, committee, asOf),
            Ratings(rows),
            Targets(sources, rows, items.Select(x => (x.Row, x.Item)).ToList(), LevelOf));
    }

    private static List<TopicFindings> FindingsByTopic(IReadOnlyList<ReportSource> sources, List<InspectionReportRow> rows)
    {
        // The plans' topics in plan order first (also those nothing was found on), then any other topic found.
        var order = sources.SelectMany(s => s.Plan.Topics).Distinct(StringComparer.Ordinal).ToList();
        var findings = rows.SelectMany(r => r.Findings).ToList();
        order.AddRange(findings.Select(f => f.Topic).Distinct(StringComparer.Ordinal).Where(t => !order.Contains(t, StringComparer.Ordinal)));
        return [.. order.Select(topic =>
        {
            var under = findings.Where(f => f.Topic == topic).ToList();
            return new TopicFindings(topic, under.Count(f => f.Type == FindingType.Achievement),
                under.Count(f => f.Type == FindingType.Limitation), under.Count(f => f.Type == FindingType.Cause));
        })];
    }

    private static RecommendationFigures Recommendations(List<RemediationItem> items, UnitDirectory units, CommitteeDirectory committee, DateOnly asOf)
    {
        var byStatus = Enum.GetValues<RemediationStatus>().ToDictionary(s => s, s => items.Count(i => i.Status == s));
        var byAddressee = items
            .GroupBy(i => i.DepartmentId is { } d ? ("Department", d) : i.AddresseeUnitId is { } u ? ("Unit", u) : ("Other", (string?)i.Responsible))
            .Select(g => new AddresseeFigures(g.Key.Item1, g.Key.Item1 == "Other" ? null : g.Key.Item2,
                g.Key.Item1 switch
                {
                    "Department" => committee.Department(g.Key.Item2)?.Name ?? g.First().Responsible,
                    "Unit" => units.Find(g.Key.Item2)?.Name ?? g.First().Responsible,
                    _ => g.First().Responsible,
                },
                g.Count(), g.Count(i => i.Status == RemediationStatus.Accepted), g.Count(i => i.IsOverdueOn(asOf))))
            .OrderBy(a => a.Kind, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        return new RecommendationFigures(items.Count, byStatus,
            Share.Of(byStatus[RemediationStatus.Accepted], items.Count), Share.Of(items.Count(i => i.IsOverdueOn(asOf)), items.Count), byAddressee);
    }

    private static RatingFigures Ratings(List<InspectionReportRow> rows)
    {
        var rated = rows.Where(r => r.Rating is not null).Select(r => r.Rating!.Value).ToList();
        return new RatingFigures(Enum.GetValues<Rating>().ToDictionary(r => r, r => rated.Count(x => x == r)), rated.Count,
            Share.Of(rated.Count(IsGoodOrAbove), rated.Count));
    }

    private static List<TargetProgress> Targets(
        IReadOnlyList<ReportSource> sources, List<InspectionReportRow> rows, List<(InspectionReportRow Row, RemediationItem Item)> items,
        Func<string, UnitLevel> levelOf)
    {
        var targets = sources.SelectMany(s => s.Plan.Targets ?? []).Distinct().ToList();
        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        bool AtLevel(string unitId, UnitLevel? level) => level is null || levelOf(unitId) == level;

        // A unit's standing is its latest rating (a follow-up re-rates it).
        var latestRatings = rows.Where(r => r.Rating is not null)
            .GroupBy(r => r.UnitId, StringComparer.Ordinal)
            .Select(g => (UnitId: g.Key, Rating: g.OrderBy(r => r.VisitDate).ThenBy(r => r.Id, StringComparer.Ordinal).Last().Rating!.Value))
            .ToList();

        return [.. targets.Select(t =>
        {
            var actual = t.Metric switch
            {
                TargetMetric.RatedGoodOrAbove => Share.Of(
                    latestRatings.Count(u => AtLevel(u.UnitId, t.Level) && IsGoodOrAbove(u.Rating)), latestRatings.Count(u => AtLevel(u.UnitId, t.Level))),
                TargetMetric.RatedFairOrAbove => Share.Of(
                    latestRatings.Count(u => AtLevel(u.UnitId, t.Level) && u.Rating <= Rating.Kha), latestRatings.Count(u => AtLevel(u.UnitId, t.Level))),
                TargetMetric.Completed => CompletedShare(sources, byId, unitId => AtLevel(unitId, t.Level)),
                TargetMetric.RemediationsAccepted => Share.Of(
                    items.Count(x => AtLevel(x.Row.UnitId, t.Level) && x.Item.Status == RemediationStatus.Accepted), items.Count(x => AtLevel(x.Row.UnitId, t.Level))),
                _ => throw new ArgumentOutOfRangeException(nameof(sources), t.Metric, null),
            };
            return new TargetProgress(t.Metric, t.Level, t.ThresholdPercent, TargetTexts.Describe(t), actual, actual.Total > 0 && actual.Percent >= t.ThresholdPercent);
        })];
    }

    private static Share CompletedShare(IReadOnlyList<ReportSource> sources, Dictionary<string, InspectionReportRow> byId, Func<string, bool> counts)
    {
        var planned = sources.SelectMany(s => s.Plan.Active).Where(i => counts(i.Planned.UnitId)).ToList();
        return Share.Of(planned.Count(i => byId.TryGetValue(i.Id, out var row) && row.Stage == InspectionStage.Closed), planned.Count);
    }

    public static bool IsGoodOrAbove(Rating rating) => rating is Rating.XuatSac or Rating.Tot;
}
