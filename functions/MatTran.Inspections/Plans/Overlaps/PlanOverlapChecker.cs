using MatTran.Inspections.ReadModel.Plans;
using Microsoft.Extensions.Options;

namespace MatTran.Inspections.Plans.Overlaps;

/// <summary>
/// The overlap warnings of one stored plan: its visits against the visits of every plan of every issuer (its own
/// included, so two of its visits to one unit show too) within <see cref="PlanOverlapOptions.WindowDays"/>.
/// </summary>
public sealed class PlanOverlapChecker(PlanStore plans, IOptions<PlanOverlapOptions> options)
{
    public int WindowDays => options.Value.WindowDays;

    public async Task<IReadOnlyList<PlanOverlap>> FindAsync(StoredPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var visits = plan.Active.Select(i => new PlannedVisit(plan.Id, plan.Number, i.Id, i.Planned)).ToArray();
        if (visits.Length == 0)
        {
            return [];
        }

        int window = WindowDays;
        var from = visits.Min(v => v.Planned.VisitDate).AddDays(-window);
        var to = visits.Max(v => v.Planned.VisitDate).AddDays(window);
        var candidates = await plans.ListVisitsAsync(from, to, cancellationToken);
        return OverlapFinder.Find(visits, candidates, window);
    }
}
