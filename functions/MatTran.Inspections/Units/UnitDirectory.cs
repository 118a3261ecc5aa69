namespace MatTran.Inspections.Units;

/// <summary>Read-only lookup over a set of units with the questions plan validation asks of the hierarchy.</summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, Unit> byId;

    public UnitDirectory(IEnumerable<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        byId = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byId.TryAdd(unit.Id, unit))
            {
                throw new ArgumentException($"Unit id '{unit.Id}' appears twice.", nameof(units));
            }
        }
    }

    public int Count => byId.Count;

    public bool Contains(string? id) => id is not null && byId.ContainsKey(id);

    public Unit? Find(string? id) => id is not null && byId.TryGetValue(id, out var unit) ? unit : null;

    /// <summary>True when <paramref name="descendantId"/> sits (at any depth) under <paramref name="ancestorId"/>; a unit is not its own descendant.</summary>
    public bool IsDescendantOf(string descendantId, string ancestorId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = Find(descendantId);
        while (current?.ParentId is { } parentId && visited.Add(current.Id))
        {
            if (parentId == ancestorId)
            {
                return true;
            }

            current = Find(parentId);
        }

        return false;
    }

    /// <summary>Direct children of a unit, in id order.</summary>
    public IReadOnlyList<Unit> ChildrenOf(string id) => [.. byId.Values.Where(u => u.ParentId == id).OrderBy(u => u.Id, StringComparer.Ordinal)];
}
