using System.Runtime.InteropServices;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// Sums of min, max and a count per group, for groups numbered 0..slots−1. Up to <see cref="DenseLimit"/> groups the
/// sums live in flat arrays indexed by the group (a million rows add up in a few milliseconds); beyond, in a
/// dictionary of the groups actually seen (a store with thousands of claimants over centuries of dates).
/// </summary>
internal sealed class GroupTotals
{
    public const long DenseLimit = 1 << 18;

    private readonly double[]? _min;
    private readonly double[]? _max;
    private readonly int[]? _count;
    private readonly Dictionary<long, Totals>? _sparse;

    private struct Totals
    {
        public double Min;
        public double Max;
        public int Count;
    }

    public GroupTotals(long slots)
    {
        if (slots <= DenseLimit)
        {
            _min = new double[slots];
            _max = new double[slots];
            _count = new int[slots];
        }
        else
        {
            _sparse = [];
        }
    }

    public void Add(long group, double min, double max)
    {
        if (_count is not null)
        {
            _min![group] += min;
            _max![group] += max;
            _count[group]++;
            return;
        }
        ref var totals = ref CollectionsMarshal.GetValueRefOrAddDefault(_sparse!, group, out _);
        totals.Min += min;
        totals.Max += max;
        totals.Count++;
    }

    /// <summary>How many groups received at least one row.</summary>
    public int GroupCount()
    {
        if (_count is null) return _sparse!.Count;
        var groups = 0;
        foreach (var count in _count)
        {
            if (count > 0) groups++;
        }
        return groups;
    }

    /// <summary>The groups that received at least one row, in group order.</summary>
    public IEnumerable<(long Group, double Min, double Max, int Count)> Groups()
    {
        if (_count is not null)
        {
            for (long group = 0; group < _count.Length; group++)
            {
                if (_count[group] > 0) yield return (group, _min![group], _max![group], _count[group]);
            }
        }
        else
        {
            foreach (var group in _sparse!.Keys.Order())
            {
                var totals = _sparse[group];
                yield return (group, totals.Min, totals.Max, totals.Count);
            }
        }
    }
}
