namespace Dashboard.Web.Components.Charts;

/// <summary>
/// The dates a chart's date axis opens on: where the bulk of its items lie. A few dates far from the rest (a battle of
/// 1187 recalled in a 2018 article, a plan for 2047) would otherwise squeeze every other item into a sliver of the
/// axis; they stay in the chart, one zoom out (plotly.js's Autoscale) away, and in its table.
/// </summary>
public readonly record struct DateView(DateOnly First, DateOnly Last, int Outside)
{
    /// <summary>The share of the items, at each end, that may lie beyond the bulk.</summary>
    public const double TailShare = 0.05;

    /// <summary>Below this many items every date is in view.</summary>
    public const int MinItems = 50;

    /// <summary>Dates this close to the bulk stay in view: a year, or half the bulk's own span when that is longer.</summary>
    public static int SlackDays(DateOnly low, DateOnly high) => Math.Max(365, (high.DayNumber - low.DayNumber) / 2);

    /// <summary>The view over dated items, each with its weight (how many items it stands for); null when none.</summary>
    public static DateView? Of(IEnumerable<(DateOnly Date, int Weight)> items)
    {
        var sorted = items.Where(i => i.Weight > 0).OrderBy(i => i.Date).ToList();
        if (sorted.Count == 0) return null;
        var total = sorted.Sum(i => (long)i.Weight);
        // A handful of items has no bulk to speak of: all of them are in view.
        if (total < MinItems) return new DateView(sorted[0].Date, sorted[^1].Date, 0);
        var tail = Math.Max(1, (long)(total * TailShare));
        var low = Quantile(sorted, tail);
        var high = Quantile(Enumerable.Reverse(sorted), tail);
        var slack = SlackDays(low, high);
        var first = sorted.First(i => i.Date.DayNumber >= low.DayNumber - slack).Date;
        var last = sorted.Last(i => i.Date.DayNumber <= high.DayNumber + slack).Date;
        var outside = sorted.Where(i => i.Date < first || i.Date > last).Sum(i => i.Weight);
        return new DateView(first, last, outside);
    }

    // The first date once more than `skip` of the weight has been passed.
    private static DateOnly Quantile(IEnumerable<(DateOnly Date, int Weight)> ordered, long skip)
    {
        long seen = 0;
        var date = default(DateOnly);
        foreach (var (d, weight) in ordered)
        {
            date = d;
            seen += weight;
            if (seen > skip) break;
        }
        return date;
    }
}
