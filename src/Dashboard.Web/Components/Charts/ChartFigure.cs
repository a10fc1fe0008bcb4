using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// What one chart draws: its Plotly traces and layout, plus the facts-explorer URL behind each mark
/// (indexed by trace, then point) so a click opens the facts the mark stands for.
/// </summary>
public sealed class ChartFigure
{
    public static ChartFigure Empty { get; } = new() { Traces = [], Layout = new PlotlyLayout(), PointLinks = [] };

    public required IList<ITrace> Traces { get; init; }
    public required PlotlyLayout Layout { get; init; }
    public required IReadOnlyList<IReadOnlyList<string?>> PointLinks { get; init; }
    /// <summary>Series the data has but the chart does not draw (its table lists them).</summary>
    public int SeriesLeftOut { get; init; }

    public bool IsEmpty => Traces.Count == 0;

    public string? LinkFor(int traceIndex, int pointIndex) =>
        traceIndex >= 0 && traceIndex < PointLinks.Count && pointIndex >= 0 && pointIndex < PointLinks[traceIndex].Count
            ? PointLinks[traceIndex][pointIndex]
            : null;
}
