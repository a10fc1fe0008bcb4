using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Navigation;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using PlotlyLayout = Plotly.Blazor.Layout;
using BarMode = Plotly.Blazor.LayoutLib.BarModeEnum;
using ScatterMode = Plotly.Blazor.Traces.ScatterLib.ModeFlag;
using AxisType = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum;
using XAxisType = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// Turns query results into Plotly figures. Chart data is written in InvariantCulture (ISO dates, plain numbers);
/// every mark carries the facts-explorer URL of the filter narrowed to that mark.
/// </summary>
public sealed class OverviewChartBuilder(FactFilter filter, ValueMode mode, Func<FactKind, string> kindName)
{
    public FactFilter Filter { get; } = filter;
    public ValueMode Mode { get; } = mode;

    /// <summary>The figure a range counts as: its lowest (default, conservative) or its highest.</summary>
    public static double Pick(double min, double max, ValueMode mode) => mode == ValueMode.Max ? max : min;

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthKey(int year, int month) => IsoDate(new DateOnly(year, month, 1));

    /// <summary>The kinds the over-time chart can show: killed first (what analysts look for), then the most reported.</summary>
    public static IReadOnlyList<FactKind> KindsIn(IReadOnlyList<MonthlyPoint> points) =>
        [.. points.GroupBy(p => p.Kind).OrderBy(g => g.Key == FactKind.Killed ? 0 : 1).ThenByDescending(g => g.Sum(p => p.FactCount)).ThenBy(g => g.Key).Select(g => g.Key)];

    /// <summary>Monthly incident totals of one kind, one trace per outlet, claimant or governorate.</summary>
    public ChartFigure OverTime(IReadOnlyList<MonthlyPoint> points, FactKind kind, SeriesBy seriesBy, ChartStyle style, string title)
    {
        var ofKind = points.Where(p => p.Kind == kind).ToList();
        // On a date axis a lone bar would stretch to the whole range; months share ~24 days among their series.
        var seriesCount = Math.Max(1, ofKind.Select(p => p.Series).Distinct().Count());
        var barWidth = (decimal)TimeSpan.FromDays(24).TotalMilliseconds / seriesCount;
        var traces = new List<ITrace>();
        var links = new List<IReadOnlyList<string?>>();
        foreach (var series in ofKind.GroupBy(p => (p.Series, p.SeriesId)).OrderByDescending(g => g.Sum(p => Pick(p.Min, p.Max, Mode))).ThenBy(g => g.Key.Series, StringComparer.Ordinal))
        {
            var months = series.OrderBy(p => p.Year).ThenBy(p => p.Month).ToList();
            IList<object> x = [.. months.Select(p => (object)MonthKey(p.Year, p.Month))];
            IList<object> y = [.. months.Select(p => (object)Pick(p.Min, p.Max, Mode))];
            IList<string> hover = [.. months.Select(p => $"{series.Key.Series}: {Range(p.Min, p.Max)} ({p.FactCount.ToString(CultureInfo.InvariantCulture)})")];
            traces.Add(style == ChartStyle.Lines
                ? new Scatter { Name = series.Key.Series, X = x, Y = y, Mode = ScatterMode.Lines | ScatterMode.Markers, HoverTextArray = hover, HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text | Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.X }
                : new Bar { Name = series.Key.Series, X = x, Y = y, Width = barWidth, HoverTextArray = hover, HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Text | Plotly.Blazor.Traces.BarLib.HoverInfoFlag.X });
            links.Add([.. months.Select(p => DashboardUrls.Facts(ForSeries(ForMonth(Filter, p.Year, p.Month), seriesBy, series.Key.Series, series.Key.SeriesId) with { Kinds = [kind] }))]);
        }
        var layout = BaseLayout(title, kindName(kind), dateAxis: true, barMode: BarMode.Group);
        if (ofKind.Count > 0)
        {
            // A month of padding each side, so a single month is a bar in time rather than a wall.
            var first = ofKind.Min(p => new DateOnly(p.Year, p.Month, 1)).AddMonths(-1);
            var last = ofKind.Max(p => new DateOnly(p.Year, p.Month, 1)).AddMonths(1);
            layout.XAxis = [new XAxis { Type = XAxisType.Date, Range = [IsoDate(first), IsoDate(last)], AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }];
        }
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links };
    }

    /// <summary>
    /// Totals per source (outlet or claimant), one trace per kind, sources side by side as horizontal bars so long
    /// Arabic names stay readable (shortened on the axis, whole in the hover text).
    /// </summary>
    public ChartFigure BySource(IReadOnlyList<SourcePoint> points, bool byOutlet, string title)
    {
        var sources = points.GroupBy(p => p.Source).OrderBy(g => g.Sum(p => p.FactCount)).ThenByDescending(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var labels = AxisLabels(sources);
        var traces = new List<ITrace>();
        var links = new List<IReadOnlyList<string?>>();
        foreach (var kind in points.Select(p => p.Kind).Distinct().Order())
        {
            var ofKind = sources.Select(s => points.FirstOrDefault(p => p.Kind == kind && p.Source == s)).OfType<SourcePoint>().ToList();
            traces.Add(new Bar
            {
                Name = kindName(kind),
                Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
                Y = [.. ofKind.Select(p => (object)labels[p.Source])],
                X = [.. ofKind.Select(p => (object)Pick(p.Min, p.Max, Mode))],
                HoverTextArray = [.. ofKind.Select(p => $"{p.Source} · {kindName(kind)}: {Range(p.Min, p.Max)} ({p.FactCount.ToString(CultureInfo.InvariantCulture)})")],
                HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Text,
            });
            links.Add([.. ofKind.Select(p => DashboardUrls.Facts(ForSource(p, byOutlet) with { Kinds = [kind] }))]);
        }
        var layout = BaseLayout(title, null, dateAxis: false, barMode: BarMode.Group);
        layout.XAxis = [new XAxis { Type = XAxisType.Linear, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }];
        layout.YAxis = [new YAxis { Type = AxisType.Category, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }];
        layout.Height = Math.Max(420, 120 + 28 * sources.Count);
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links };
    }

    /// <summary>Axis labels of at most 28 characters, kept distinct.</summary>
    internal static Dictionary<string, string> AxisLabels(IReadOnlyList<string> names)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var label = name.Length <= 28 ? name : name[..27] + "…";
            for (var n = 2; !used.Add(label); n++) label = $"{(name.Length <= 24 ? name : name[..23] + "…")} ({n.ToString(CultureInfo.InvariantCulture)})";
            labels[name] = label;
        }
        return labels;
    }

    /// <summary>
    /// Cumulative claims as horizontal segments from the period's start to its end at the claimed value: one segment per
    /// claim, never summed. A claim with a single date is a dot.
    /// </summary>
    public ChartFigure Claims(IReadOnlyList<ClaimSpan> claims, string title)
    {
        var traces = new List<ITrace>();
        var links = new List<IReadOnlyList<string?>>();
        foreach (var group in claims.Where(c => c.Start is not null || c.End is not null).GroupBy(c => c.Kind).OrderBy(g => g.Key))
        {
            var x = new List<object>();
            var y = new List<object>();
            var hover = new List<string>();
            var pointLinks = new List<string?>();
            foreach (var claim in group.OrderBy(c => c.Start ?? c.End))
            {
                var start = claim.Start ?? claim.End!.Value;
                var end = claim.End ?? start;
                var value = Pick(claim.Min, claim.Max, Mode);
                var text = $"{claim.Claimant ?? claim.Outlet ?? ""}: {Range(claim.Min, claim.Max)} ({IsoDate(start)} – {IsoDate(end)})";
                var link = DashboardUrls.Facts(Filter with { Kinds = [claim.Kind], From = Later(Filter.From, start), To = Earlier(Filter.To, end) });
                // Three points per claim: start, end and a gap (null) so segments are not joined to each other.
                x.AddRange([IsoDate(start), IsoDate(end), null!]);
                y.AddRange([value, value, null!]);
                hover.AddRange([text, text, ""]);
                pointLinks.AddRange([link, link, null]);
            }
            traces.Add(new Scatter
            {
                Name = kindName(group.Key),
                X = x,
                Y = y,
                Mode = ScatterMode.Lines | ScatterMode.Markers,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Width = 4 },
                ConnectGaps = false,
                HoverTextArray = hover,
                HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text,
            });
            links.Add(pointLinks);
        }
        var layout = BaseLayout(title, null, dateAxis: true, barMode: null);
        var dated = claims.Where(c => c.Start is not null || c.End is not null).ToList();
        if (dated.Count > 0) PadDates(layout, dated.Min(c => (c.Start ?? c.End)!.Value), dated.Max(c => (c.End ?? c.Start)!.Value));
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links };
    }

    /// <summary>Funding amounts by date, one trace per currency (currencies are never converted or added).</summary>
    public ChartFigure Funding(IReadOnlyList<FundingPoint> points, string title)
    {
        var traces = new List<ITrace>();
        var links = new List<IReadOnlyList<string?>>();
        foreach (var currency in points.Where(p => p.Date is not null).GroupBy(p => p.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = currency.OrderBy(p => p.Date).ToList();
            traces.Add(new Scatter
            {
                Name = currency.Key,
                X = [.. ordered.Select(p => (object)IsoDate(p.Date!.Value))],
                Y = [.. ordered.Select(p => (object)Pick(p.Min, p.Max, Mode))],
                Mode = ScatterMode.Markers,
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Size = 12 },
                HoverTextArray = [.. ordered.Select(p => $"{p.Actor ?? p.Outlet ?? ""}: {Range(p.Min, p.Max)} {currency.Key}")],
                HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text | Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.X,
            });
            links.Add([.. ordered.Select(p => DashboardUrls.Facts(Filter with { Kinds = [FactKind.Funding], From = Later(Filter.From, p.Date!.Value), To = Earlier(Filter.To, p.Date!.Value) }))]);
        }
        var layout = BaseLayout(title, null, dateAxis: true, barMode: null);
        // Amounts span orders of magnitude (dinars beside dollars).
        layout.YAxis = [new YAxis { Type = AxisType.Log, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }];
        var fundingDates = points.Where(p => p.Date is not null).Select(p => p.Date!.Value).ToList();
        if (fundingDates.Count > 0) PadDates(layout, fundingDates.Min(), fundingDates.Max());
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links };
    }

    /// <summary>Dated events: one row per outlet, a dot (or a segment for ranges) per event; a click opens the article.</summary>
    public ChartFigure Timeline(IReadOnlyList<TimelineEvent> events, string unknownOutlet, string title)
    {
        var traces = new List<ITrace>();
        var links = new List<IReadOnlyList<string?>>();
        foreach (var outlet in events.GroupBy(e => e.Outlet ?? unknownOutlet).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var x = new List<object>();
            var y = new List<object>();
            var hover = new List<string>();
            var pointLinks = new List<string?>();
            foreach (var e in outlet.OrderBy(e => e.Start))
            {
                var link = DashboardUrls.Article(e.ArticleId);
                var text = $"{IsoDate(e.Start)}{(e.End != e.Start ? " – " + IsoDate(e.End) : "")}: {Shorten(e.Text)}";
                x.AddRange([IsoDate(e.Start), IsoDate(e.End), null!]);
                y.AddRange([outlet.Key, outlet.Key, null!]);
                hover.AddRange([text, text, ""]);
                pointLinks.AddRange([link, link, null]);
            }
            traces.Add(new Scatter
            {
                Name = outlet.Key,
                X = x,
                Y = y,
                Mode = ScatterMode.Lines | ScatterMode.Markers,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Width = 6 },
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Size = 10 },
                ConnectGaps = false,
                HoverTextArray = hover,
                HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text,
            });
            links.Add(pointLinks);
        }
        var layout = BaseLayout(title, null, dateAxis: true, barMode: null);
        layout.YAxis = [new YAxis { Type = AxisType.Category, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }];
        layout.ShowLegend = false;
        // Room for the outlet names up front: when automargin has to widen the margin, plotly.js draws the chart twice.
        layout.Margin!.L = LabelMargin(traces.Select(t => ((Scatter)t).Name ?? ""));
        if (events.Count > 0) PadDates(layout, events.Min(e => e.Start), events.Max(e => e.End));
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links };
    }

    /// <summary>The filter narrowed to one calendar month (kept inside the filter's own range).</summary>
    public static FactFilter ForMonth(FactFilter filter, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return filter with { From = Later(filter.From, first), To = Earlier(filter.To, first.AddMonths(1).AddDays(-1)) };
    }

    public static FactFilter ForSeries(FactFilter filter, SeriesBy seriesBy, string series, int? seriesId) => seriesBy switch
    {
        SeriesBy.Outlet when seriesId is { } id => filter with { OutletIds = [id] },
        SeriesBy.Claimant => filter with { Claimants = [series] },
        SeriesBy.Governorate => filter with { Governorates = [series] },
        _ => filter,
    };

    private FactFilter ForSource(SourcePoint point, bool byOutlet) => byOutlet
        ? point.OutletId is { } id ? Filter with { OutletIds = [id] } : Filter
        : Filter with { Claimants = [point.Source] };

    /// <summary>
    /// Fixes the date axis to the data plus a margin (at least a month), so a single date is a mark on a calendar
    /// rather than an axis zoomed to milliseconds.
    /// </summary>
    private static void PadDates(PlotlyLayout layout, DateOnly first, DateOnly last)
    {
        var margin = Math.Max(30, (last.DayNumber - first.DayNumber) / 20);
        layout.XAxis = [new XAxis
        {
            Type = XAxisType.Date,
            Range = [IsoDate(first.AddDays(-margin)), IsoDate(last.AddDays(margin))],
            AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
        }];
    }

    /// <summary>
    /// A left margin wide enough for category labels at plotly's 12 px tick font (Arabic names measure about 6 px a
    /// character), so automargin seldom has to grow it; it still does when a label needs more.
    /// </summary>
    internal static int LabelMargin(IEnumerable<string> labels) =>
        (int)Math.Clamp(16 + 6.5 * labels.Select(l => l.Length).DefaultIfEmpty(0).Max(), 60, 300);

    private static DateOnly Later(DateOnly? bound, DateOnly date) => bound is { } b && b > date ? b : date;

    private static DateOnly Earlier(DateOnly? bound, DateOnly date) => bound is { } b && b < date ? b : date;

    private static string Range(double min, double max) =>
        min == max ? min.ToString("0.##", CultureInfo.InvariantCulture)
            : $"{min.ToString("0.##", CultureInfo.InvariantCulture)}–{max.ToString("0.##", CultureInfo.InvariantCulture)}";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    private static PlotlyLayout BaseLayout(string title, string? yTitle, bool dateAxis, BarMode? barMode) => new()
    {
        Title = new Title { Text = title, Font = new Plotly.Blazor.LayoutLib.TitleLib.Font { Size = 14 } },
        BarMode = barMode,
        HoverMode = Plotly.Blazor.LayoutLib.HoverModeEnum.Closest,
        Height = 420,
        Margin = new Margin { T = 60, B = 60, L = 60, R = 20 },
        XAxis = [new XAxis { Type = dateAxis ? XAxisType.Date : XAxisType.Category, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
        YAxis = [new YAxis { Title = yTitle is null ? null : new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }],
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H }],
    };
}
