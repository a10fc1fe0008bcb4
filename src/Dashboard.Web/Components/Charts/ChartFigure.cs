using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// What one chart draws: its Plotly traces and layout, plus, per trace, how to find the facts-explorer URL behind a
/// mark from its point number, so a click opens the facts the mark stands for. URLs are made on click: a figure has
/// thousands of marks and a circuit keeps its figures.
/// </summary>
public sealed class ChartFigure
{
    public static ChartFigure Empty { get; } = new() { Traces = [], Layout = new PlotlyLayout(), PointLinks = [] };

    /// <summary>Per trace: the URL behind point n, or null (a gap between segments, or no such point).</summary>
    public delegate string? PointLink(int point);

    public required IList<ITrace> Traces { get; init; }
    public required PlotlyLayout Layout { get; init; }
    public required IReadOnlyList<PointLink> PointLinks { get; init; }
    /// <summary>Series (or sources) the chart draws, when it draws only the largest of them.</summary>
    public int SeriesDrawn { get; init; }
    /// <summary>Series (or sources) the data has but the chart does not draw (its table lists them).</summary>
    public int SeriesLeftOut { get; init; }

    /// <summary>Items the data has but the chart cannot place, having no date (its table lists them).</summary>
    public int Undated { get; init; }

    /// <summary>The dates a date axis opens on, and how many items lie beyond them; null for other axes.</summary>
    public DateView? View { get; init; }

    /// <summary>The date axis counts whole months (the over-time chart): its view is told in months.</summary>
    public bool ViewByMonth { get; init; }

    public bool IsEmpty => Traces.Count == 0;

    public string? LinkFor(int traceIndex, int pointIndex) =>
        traceIndex >= 0 && traceIndex < PointLinks.Count && pointIndex >= 0 ? PointLinks[traceIndex](pointIndex) : null;

    /// <summary>The link of the item behind each point: <paramref name="items"/> in point order, null for gaps.</summary>
    public static PointLink Links<T>(IReadOnlyList<T?> items, Func<T, string> link) where T : class =>
        point => point < items.Count && items[point] is { } item ? link(item) : null;
}
