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
public sealed class OverviewChartBuilder(FactFilter filter, ValueMode mode, Func<FactKind, string> kindName, Func<string, string>? seriesName = null)
{
    /// <summary>How a series or source is named on the chart (the data's name for a missing key, in the UI language).</summary>
    private string Display(string series) => seriesName?.Invoke(series) ?? series;

    /// <summary>How many series the over-time chart draws at most.</summary>
    public const int MaxSeriesDrawn = 10;

    /// <summary>
    /// How many sources a by-source chart draws at most: a year of real coverage names hundreds of claimants, a bar
    /// chart metres tall that no one reads and the browser takes long to draw. The table lists them all.
    /// </summary>
    public const int MaxSourcesDrawn = 25;

    public FactFilter Filter { get; } = filter;
    public ValueMode Mode { get; } = mode;

    /// <summary>The figure a range counts as: its lowest (default, conservative) or its highest.</summary>
    public static double Pick(double min, double max, ValueMode mode) => mode == ValueMode.Max ? max : min;

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthKey(int year, int month) => IsoDate(new DateOnly(year, month, 1));

    /// <summary>The kinds the over-time chart can show: killed first (what analysts look for), then the most reported.</summary>
    public static IReadOnlyList<FactKind> KindsIn(IReadOnlyList<MonthlyPoint> points)
    {
        // Counted in one pass: the unfiltered series holds tens of thousands of points, and grouping copied each of them.
        var facts = new Dictionary<FactKind, long>();
        foreach (var point in points) facts[point.Kind] = facts.GetValueOrDefault(point.Kind) + point.FactCount;
        return [.. facts.OrderBy(k => k.Key == FactKind.Killed ? 0 : 1).ThenByDescending(k => k.Value).ThenBy(k => k.Key).Select(k => k.Key)];
    }

    /// <summary>
    /// The style <see cref="OverTime"/> draws in: the reader's choice, else bars over at most
    /// <see cref="BarsUpToMonths"/> months in view and lines over more (ten series over ten years are 1,200 bars a pixel
    /// wide, which the browser takes longest of all the charts to draw).
    /// </summary>
    public static ChartStyle StyleFor(ChartStyle? chosen, DateView? view) =>
        chosen ?? (view is { } v && (v.Last.Year - v.First.Year) * 12 + v.Last.Month - v.First.Month + 1 > BarsUpToMonths
            ? ChartStyle.Lines : ChartStyle.Bars);

    /// <summary>The most months in view for which the over-time chart draws bars unless the reader chose a style.</summary>
    public const int BarsUpToMonths = 24;

    /// <summary>
    /// Monthly incident totals of one kind, one trace per outlet, claimant or governorate: the
    /// <paramref name="maxSeries"/> largest only (a month split forty ways is a comb, not a chart), the rest counted in
    /// <see cref="ChartFigure.SeriesLeftOut"/>. Series are never added together: outlets report the same incidents.
    /// As lines, a series is broken where a month has no figure (no report is not a report of zero), and a month with
    /// none on either side is a dot.
    /// </summary>
    public ChartFigure OverTime(IReadOnlyList<MonthlyPoint> points, FactKind kind, SeriesBy seriesBy, ChartStyle? chosenStyle, string title, int maxSeries = MaxSeriesDrawn)
    {
        var ofKind = points.Where(p => p.Kind == kind).ToList();
        var allSeries = ofKind.GroupBy(p => (p.Series, p.SeriesId))
            .OrderByDescending(g => g.Sum(p => Pick(p.Min, p.Max, Mode))).ThenBy(g => g.Key.Series, StringComparer.Ordinal)
            .ToList();
        var shown = allSeries.Take(Math.Max(1, maxSeries)).ToList();
        var names = AxisLabels([.. shown.Select(s => Display(s.Key.Series))]);
        var view = DateView.Of(ofKind.Select(p => (new DateOnly(p.Year, p.Month, 1), p.FactCount)));
        var style = StyleFor(chosenStyle, view);
        // On a date axis a lone bar would stretch to the whole range; months share ~24 days among their series.
        var barWidth = (decimal)TimeSpan.FromDays(24).TotalMilliseconds / Math.Max(1, shown.Count);
        var traces = new List<ITrace>();
        var links = new List<ChartFigure.PointLink>();
        foreach (var (series, index) in shown.Select((s, i) => (s, i)))
        {
            var months = series.OrderBy(p => p.Year).ThenBy(p => p.Month).ToList();
            var name = names[Display(series.Key.Series)];
            var (seriesName, seriesId) = series.Key;
            string Hover(MonthlyPoint p) => $"{Display(series.Key.Series)}: {Range(p.Min, p.Max)} ({p.FactCount.ToString(CultureInfo.InvariantCulture)})";
            string Link(MonthlyPoint p) => DashboardUrls.Facts(ForSeries(ForMonth(Filter, p.Year, p.Month), seriesBy, seriesName, seriesId) with { Kinds = [kind] });
            if (style == ChartStyle.Lines)
            {
                AddMonthLines(traces, links, months, Hover, Link, name, Colors[index % Colors.Length], legendGroup: $"series-{index}");
                continue;
            }
            IList<object> x = [.. months.Select(p => (object)MonthKey(p.Year, p.Month))];
            IList<object> y = [.. months.Select(p => (object)Pick(p.Min, p.Max, Mode))];
            traces.Add(new Bar { Name = name, X = x, Y = y, Width = barWidth, HoverTextArray = [.. months.Select(Hover)], HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Text | Plotly.Blazor.Traces.BarLib.HoverInfoFlag.X });
            links.Add(ChartFigure.Links(months, Link));
        }
        var layout = BaseLayout(title, kindName(kind), dateAxis: true, barMode: BarMode.Group);
        MakeRoomForLegend(layout, shown.Select(s => names[Display(s.Key.Series)]));
        if (view is { } v)
        {
            // A month of padding each side, so a single month is a bar in time rather than a wall.
            layout.XAxis = [new XAxis { Type = XAxisType.Date, Range = [IsoDate(v.First.AddMonths(-1)), IsoDate(v.Last.AddMonths(1))], AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }];
        }
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links, SeriesDrawn = shown.Count, SeriesLeftOut = allSeries.Count - shown.Count, View = view, ViewByMonth = true };
    }

    /// <summary>
    /// One series as lines over runs of consecutive months and dots for months alone, sharing a colour and a legend
    /// entry: a line needs no mark per month, and thousands of marks are what takes the browser long to draw.
    /// </summary>
    private void AddMonthLines(List<ITrace> traces, List<ChartFigure.PointLink> links, List<MonthlyPoint> months,
        Func<MonthlyPoint, string> hover, Func<MonthlyPoint, string> link, string name, string color, string legendGroup)
    {
        var lines = new PointsBuilder<MonthlyPoint>();
        var dots = new PointsBuilder<MonthlyPoint>();
        static int Index(MonthlyPoint p) => p.Year * 12 + p.Month - 1;
        for (var start = 0; start < months.Count;)
        {
            var end = start + 1;
            while (end < months.Count && Index(months[end]) == Index(months[end - 1]) + 1) end++;
            var run = end - start;
            for (var i = start; i < end; i++)
            {
                var p = months[i];
                (run == 1 ? dots : lines).Add(MonthKey(p.Year, p.Month), Pick(p.Min, p.Max, Mode), hover(p), p);
            }
            if (run > 1) lines.AddGap();
            start = end;
        }
        AddSpansAndDots(traces, links, lines, dots, link, name, color, lineWidth: 2, dotSize: 6, hoverShowsX: true, legendGroup);
    }

    /// <summary>
    /// Totals per source (outlet or claimant), one trace per kind, sources side by side as horizontal bars so long
    /// Arabic names stay readable (shortened on the axis, whole in the hover text).
    /// </summary>
    public ChartFigure BySource(IReadOnlyList<SourcePoint> points, bool byOutlet, string title)
    {
        // Fewest facts first: a horizontal bar chart draws its first category at the bottom.
        var allSources = points.GroupBy(p => p.Source).OrderBy(g => g.Sum(p => p.FactCount)).ThenByDescending(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var sources = allSources.Count > MaxSourcesDrawn ? allSources[^MaxSourcesDrawn..] : allSources;
        var labels = AxisLabels([.. sources.Select(Display)]);
        var traces = new List<ITrace>();
        var links = new List<ChartFigure.PointLink>();
        foreach (var kind in points.Select(p => p.Kind).Distinct().Order())
        {
            var ofKind = sources.Select(s => points.FirstOrDefault(p => p.Kind == kind && p.Source == s)).OfType<SourcePoint>().ToList();
            // Looked up once per kind: a resource lookup per bar was a third of the chart's building.
            var name = kindName(kind);
            traces.Add(new Bar
            {
                Name = name,
                Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
                Y = [.. ofKind.Select(p => (object)labels[Display(p.Source)])],
                X = [.. ofKind.Select(p => (object)Pick(p.Min, p.Max, Mode))],
                HoverTextArray = [.. ofKind.Select(p => $"{Display(p.Source)} · {name}: {Range(p.Min, p.Max)} ({p.FactCount.ToString(CultureInfo.InvariantCulture)})")],
                HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Text,
            });
            links.Add(ChartFigure.Links(ofKind, p => DashboardUrls.Facts(ForSource(p, byOutlet) with { Kinds = [kind] })));
        }
        var layout = BaseLayout(title, null, dateAxis: false, barMode: BarMode.Group);
        layout.XAxis = [new XAxis { Type = XAxisType.Linear, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }];
        layout.YAxis = [new YAxis { Type = AxisType.Category, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }];
        layout.Height = Math.Max(420, 120 + 28 * sources.Count);
        layout.Margin!.L = LabelMargin(labels.Values);
        MakeRoomForLegend(layout, traces.Select(t => ((Bar)t).Name ?? ""));
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links, SeriesDrawn = sources.Count, SeriesLeftOut = allSources.Count - sources.Count };
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
    /// claim, never summed. A claim with a single date is a dot. Per kind, spans and dots are two traces sharing a colour
    /// and a legend entry: a dot at each end of a thousand spans doubles what the browser draws and adds nothing.
    /// </summary>
    public ChartFigure Claims(IReadOnlyList<ClaimSpan> claims, string title)
    {
        var traces = new List<ITrace>();
        var links = new List<ChartFigure.PointLink>();
        var kinds = new List<string>();
        foreach (var group in claims.Where(c => c.Start is not null || c.End is not null).GroupBy(c => c.Kind).OrderBy(g => g.Key))
        {
            var spans = new PointsBuilder<ClaimSpan>();
            var dots = new PointsBuilder<ClaimSpan>();
            foreach (var claim in group.OrderBy(c => c.Start ?? c.End))
            {
                var (start, end) = PeriodOf(claim);
                var value = Pick(claim.Min, claim.Max, Mode);
                var text = $"{claim.Claimant ?? claim.Outlet ?? ""}: {Range(claim.Min, claim.Max)} ({IsoDate(start)} – {IsoDate(end)})";
                if (start == end) dots.Add(IsoDate(start), value, text, claim);
                else spans.AddSpan(IsoDate(start), IsoDate(end), value, text, claim);
            }
            var name = kindName(group.Key);
            kinds.Add(name);
            AddSpansAndDots(traces, links, spans, dots, ClaimLink, name, Colors[(kinds.Count - 1) % Colors.Length], lineWidth: 4, dotSize: 8);
        }
        var layout = BaseLayout(title, null, dateAxis: true, barMode: null);
        MakeRoomForLegend(layout, kinds);
        // Claims of different kinds share the axis (dozens killed beside billions spent): a linear one flattens all but
        // the largest kind onto zero.
        layout.YAxis = [LogAxis()];
        var dated = claims.Where(c => c.Start is not null || c.End is not null).ToList();
        // Each claim counts where it starts; a span reaching past the view is cut at its edge.
        var view = DateView.Of(dated.Select(c => ((c.Start ?? c.End)!.Value, 1)));
        PadDates(layout, view);
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links, Undated = claims.Count - dated.Count, View = view };
    }

    /// <summary>Funding amounts by date, one trace per currency (currencies are never converted or added).</summary>
    public ChartFigure Funding(IReadOnlyList<FundingPoint> points, string title)
    {
        var traces = new List<ITrace>();
        var links = new List<ChartFigure.PointLink>();
        foreach (var currency in points.Where(p => p.Date is not null).GroupBy(p => p.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = currency.OrderBy(p => p.Date).ToList();
            traces.Add(new Scatter
            {
                Name = currency.Key,
                X = [.. ordered.Select(p => (object)IsoDate(p.Date!.Value))],
                Y = [.. ordered.Select(p => (object)Pick(p.Min, p.Max, Mode))],
                Mode = ScatterMode.Markers,
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Size = 10 },
                HoverTextArray = [.. ordered.Select(p => $"{p.Actor ?? p.Outlet ?? ""}: {Range(p.Min, p.Max)} {currency.Key}")],
                HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text | Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.X,
            });
            links.Add(ChartFigure.Links(ordered, p => DashboardUrls.Facts(Filter with { Kinds = [FactKind.Funding], From = Later(Filter.From, p.Date!.Value), To = Earlier(Filter.To, p.Date!.Value) })));
        }
        var layout = BaseLayout(title, null, dateAxis: true, barMode: null);
        MakeRoomForLegend(layout, traces.Select(t => ((Scatter)t).Name ?? ""));
        // Amounts span orders of magnitude (dinars beside dollars).
        layout.YAxis = [LogAxis()];
        var fundingDates = points.Where(p => p.Date is not null).Select(p => p.Date!.Value).ToList();
        var view = DateView.Of(fundingDates.Select(d => (d, 1)));
        PadDates(layout, view);
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links, Undated = points.Count - fundingDates.Count, View = view };
    }

    /// <summary>
    /// Dated events: one row per outlet, a segment per dated range and a dot per single day; a click opens the article.
    /// Rows carry the outlet, so all spans are one trace and all days another (dozens of outlets would otherwise be
    /// dozens of traces for the browser to lay out).
    /// </summary>
    public ChartFigure Timeline(IReadOnlyList<TimelineEvent> events, string unknownOutlet, string title)
    {
        var spans = new PointsBuilder<TimelineEvent>();
        var dots = new PointsBuilder<TimelineEvent>();
        var outlets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in events.OrderBy(e => e.Outlet ?? unknownOutlet, StringComparer.Ordinal).ThenBy(e => e.Start))
        {
            var outlet = e.Outlet ?? unknownOutlet;
            outlets.Add(outlet);
            var text = $"{outlet} · {IsoDate(e.Start)}{(e.End != e.Start ? " – " + IsoDate(e.End) : "")}: {Shorten(e.Text)}";
            if (e.End == e.Start) dots.Add(IsoDate(e.Start), outlet, text, e);
            else spans.AddSpan(IsoDate(e.Start), IsoDate(e.End), outlet, text, e);
        }
        var traces = new List<ITrace>();
        var links = new List<ChartFigure.PointLink>();
        AddSpansAndDots(traces, links, spans, dots, e => DashboardUrls.Article(e.ArticleId), title, Colors[0], lineWidth: 6, dotSize: 9);
        var layout = BaseLayout(title, null, dateAxis: true, barMode: null);
        // One row per outlet, in name order from the top.
        layout.YAxis = [new YAxis
        {
            Type = AxisType.Category,
            CategoryOrder = Plotly.Blazor.LayoutLib.YAxisLib.CategoryOrderEnum.Array,
            CategoryArray = [.. outlets.Reverse()],
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
        }];
        layout.ShowLegend = false;
        // Room for the outlet names up front: when automargin has to widen the margin, plotly.js draws the chart twice.
        layout.Margin!.L = LabelMargin(outlets);
        // Each event counts where it starts; a span reaching past the view is cut at its edge.
        var view = DateView.Of(events.Select(e => (e.Start, 1)));
        PadDates(layout, view);
        return new ChartFigure { Traces = traces, Layout = layout, PointLinks = links, View = view };
    }

    /// <summary>The filter narrowed to one calendar month (kept inside the filter's own range).</summary>
    public static FactFilter ForMonth(FactFilter filter, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return filter with { From = Later(filter.From, first), To = Earlier(filter.To, first.AddMonths(1).AddDays(-1)) };
    }

    public static FactFilter ForSeries(FactFilter filter, SeriesBy seriesBy, string series, int? seriesId) => seriesBy switch
    {
        // The "(no outlet)" series has no id: it opens the facts filed under no outlet.
        SeriesBy.Outlet => filter with { OutletIds = [seriesId ?? FactFilter.NoOutlet] },
        SeriesBy.Claimant => filter with { Claimants = [series] },
        SeriesBy.Governorate => filter with { Governorates = [series] },
        _ => filter,
    };

    private FactFilter ForSource(SourcePoint point, bool byOutlet) => byOutlet
        ? Filter with { OutletIds = [point.OutletId ?? FactFilter.NoOutlet] }
        : Filter with { Claimants = [point.Source] };

    private static YAxis LogAxis() => new() { Type = AxisType.Log, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True };

    /// <summary>
    /// Fixes the date axis to the data plus a margin (at least a month), so a single date is a mark on a calendar
    /// rather than an axis zoomed to milliseconds.
    /// </summary>
    private static void PadDates(PlotlyLayout layout, DateView? view)
    {
        if (view is not { First: var first, Last: var last }) return;
        var margin = Math.Max(30, (last.DayNumber - first.DayNumber) / 20);
        layout.XAxis = [new XAxis
        {
            Type = XAxisType.Date,
            Range = [IsoDate(first.AddDays(-margin)), IsoDate(last.AddDays(margin))],
            AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
        }];
    }

    /// <summary>Plotly's default colours, given explicitly so a kind's spans and dots share one.</summary>
    private static readonly string[] Colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>The points of one trace with their hover texts and the item behind each; a span is start, end and a gap.</summary>
    private sealed class PointsBuilder<T> where T : class
    {
        public List<object> X { get; } = [];
        public List<object> Y { get; } = [];
        public List<string> Hover { get; } = [];
        public List<T?> Items { get; } = [];

        public void Add(string x, object y, string hover, T item)
        {
            X.Add(x);
            Y.Add(y);
            Hover.Add(hover);
            Items.Add(item);
        }

        // The null point keeps plotly from joining one span to the next (connectgaps is off).
        public void AddSpan(string start, string end, object y, string hover, T item)
        {
            Add(start, y, hover, item);
            Add(end, y, hover, item);
            AddGap();
        }

        public void AddGap()
        {
            X.Add(null!);
            Y.Add(null!);
            Hover.Add("");
            Items.Add(null);
        }
    }

    /// <summary>A claim's period; one with a single date starts and ends on it. Only dated claims are drawn.</summary>
    private static (DateOnly Start, DateOnly End) PeriodOf(ClaimSpan claim)
    {
        var start = claim.Start ?? claim.End!.Value;
        return (start, claim.End ?? start);
    }

    private string ClaimLink(ClaimSpan claim)
    {
        var (start, end) = PeriodOf(claim);
        return DashboardUrls.Facts(Filter with { Kinds = [claim.Kind], From = Later(Filter.From, start), To = Earlier(Filter.To, end) });
    }

    /// <summary>A lines trace of spans and a markers trace of single dates, one legend entry for both (and one colour).</summary>
    private static void AddSpansAndDots<T>(List<ITrace> traces, List<ChartFigure.PointLink> links, PointsBuilder<T> spans, PointsBuilder<T> dots,
        Func<T, string> link, string name, string color, int lineWidth, int dotSize, bool hoverShowsX = false, string? legendGroup = null) where T : class
    {
        var inLegend = false;
        foreach (var (points, isSpans) in new[] { (spans, true), (dots, false) })
        {
            if (points.X.Count == 0) continue;
            traces.Add(new Scatter
            {
                Name = name,
                // Two series may share a display name; their entries must still hide and show apart.
                LegendGroup = legendGroup ?? name,
                ShowLegend = !inLegend,
                X = points.X,
                Y = points.Y,
                Mode = isSpans ? ScatterMode.Lines : ScatterMode.Markers,
                Line = isSpans ? new Plotly.Blazor.Traces.ScatterLib.Line { Width = lineWidth, Color = color } : null,
                Marker = isSpans ? null : new Plotly.Blazor.Traces.ScatterLib.Marker { Size = dotSize, Color = color },
                ConnectGaps = false,
                HoverTextArray = points.Hover,
                HoverInfo = hoverShowsX
                    ? Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text | Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.X
                    : Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text,
            });
            links.Add(ChartFigure.Links(points.Items, link));
            inLegend = true;
        }
    }

    /// <summary>
    /// The legend stands to the right, one entry a line, with the right margin sized for its longest name: below the
    /// chart its height would depend on the browser's width, which the server cannot know, and plotly.js draws a
    /// chart twice when its legend or labels need more margin than the layout gave.
    /// </summary>
    private static void MakeRoomForLegend(PlotlyLayout layout, IEnumerable<string> names)
    {
        var list = names.ToList();
        layout.ShowLegend = list.Count > 1;
        if (list.Count <= 1) return;
        layout.Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.V }];
        layout.Margin!.R = LegendMargin(list);
    }

    /// <summary>Legend width at plotly's 12 px font: about 85 px of swatch and padding, then the longest name.</summary>
    internal static int LegendMargin(IEnumerable<string> names) =>
        (int)Math.Clamp(85 + 7 * names.Select(n => n.Length).DefaultIfEmpty(0).Max(), 100, 300);

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
    };
}
