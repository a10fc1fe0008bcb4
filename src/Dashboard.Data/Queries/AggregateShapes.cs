using Dashboard.Extraction.Model;

namespace Dashboard.Data.Queries;

/// <summary>Totals of one (kind, scope, unit) over the matching facts: what the cards are made from.</summary>
internal sealed record CardGroup(FactKind Kind, FactScope Scope, string Unit, double Min, double Max, int Count, DateOnly? First, DateOnly? Last);

/// <summary>
/// How aggregated rows become the overview's records, in one place for every way of computing them (SQL over the
/// tables, or the in-memory snapshot), so both give the same answer in the same order.
/// </summary>
internal static class AggregateShapes
{
    public static OverviewCards Cards(int articleCount, int outletCount, IReadOnlyCollection<CardGroup> groups, ValueMode mode)
    {
        var incident = groups
            .Where(g => g.Scope == FactScope.Incident && g.Kind != FactKind.Funding && g.Kind != FactKind.Other && g.Unit != Units.Percent)
            .GroupBy(g => g.Kind)
            .Select(k => new KindTotal(k.Key, k.Sum(g => g.Min), k.Sum(g => g.Max), k.Sum(g => g.Count)))
            .ToList();
        var funding = groups
            .Where(g => g.Scope == FactScope.Incident && g.Kind == FactKind.Funding)
            .GroupBy(g => g.Unit)
            .Select(c => new CurrencyTotal(c.Key, c.Sum(g => g.Min), c.Sum(g => g.Max), c.Sum(g => g.Count)))
            .ToList();
        var factCount = groups.Sum(g => g.Count);
        var first = groups.Where(g => g.First is not null).Select(g => g.First).Min();
        var last = groups.Where(g => g.Last is not null).Select(g => g.Last).Max();

        return new OverviewCards(articleCount, outletCount, factCount,
            incident.OrderBy(t => t.Kind).ToList(),
            funding.OrderByDescending(t => t.ValueFor(mode)).ThenBy(t => t.Currency, StringComparer.Ordinal).ToList(),
            first, last);
    }

    public static IReadOnlyList<MonthlyPoint> OrderMonthly(IEnumerable<MonthlyPoint> points, ValueMode mode) =>
        points
            .OrderBy(p => p.Year).ThenBy(p => p.Month).ThenBy(p => p.Kind)
            .ThenByDescending(p => p.ValueFor(mode)).ThenBy(p => p.Series, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// <see cref="OrderMonthly"/> for points already in (year, month, kind) order, sorted in place within each month
    /// and kind: no key arrays for tens of thousands of points, which a commit has every filter compute again.
    /// Equal values and names keep the order they came in, as the stable sort does (two series may share a name).
    /// </summary>
    public static List<MonthlyPoint> OrderMonthlyWithinRuns(List<MonthlyPoint> points, ValueMode mode)
    {
        var withinRun = Comparer<(MonthlyPoint Point, int Position)>.Create((a, b) =>
        {
            var order = b.Point.ValueFor(mode).CompareTo(a.Point.ValueFor(mode));
            if (order == 0) order = string.CompareOrdinal(a.Point.Series, b.Point.Series);
            return order != 0 ? order : a.Position.CompareTo(b.Position);
        });
        var run = new List<(MonthlyPoint Point, int Position)>();
        for (var start = 0; start < points.Count;)
        {
            var first = points[start];
            var end = start + 1;
            while (end < points.Count && (points[end].Year, points[end].Month, points[end].Kind) == (first.Year, first.Month, first.Kind)) end++;
            if (end - start > 1)
            {
                run.Clear();
                for (var i = start; i < end; i++) run.Add((points[i], i));
                run.Sort(withinRun);
                for (var i = start; i < end; i++) points[i] = run[i - start].Point;
            }
            start = end;
        }
        return points;
    }

    public static IReadOnlyList<SourcePoint> OrderSources(IEnumerable<SourcePoint> points, ValueMode mode) =>
        points.OrderBy(p => p.Kind).ThenByDescending(p => p.ValueFor(mode)).ThenBy(p => p.Source, StringComparer.Ordinal).ToList();

    /// <param name="mentionEvents">Newest first (start date, then id).</param>
    /// <param name="factEvents">Newest first (start date, then id).</param>
    public static IReadOnlyList<TimelineEvent> Timeline(IEnumerable<TimelineEvent> mentionEvents, IEnumerable<TimelineEvent> factEvents, int limit) =>
        mentionEvents.Concat(factEvents)
            .OrderByDescending(e => e.Start).ThenBy(e => e.ArticleId)
            .Take(limit)
            .ToList();

    public static string OutletLabel(IReadOnlyDictionary<int, string> names, int? outletId) =>
        outletId is { } id && names.TryGetValue(id, out var name) ? name : SeriesLabels.NoOutlet;
}
