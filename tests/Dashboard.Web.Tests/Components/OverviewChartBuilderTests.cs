using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Navigation;
using Dashboard.Web.Tests.Infrastructure;
using Plotly.Blazor.Traces;

namespace Dashboard.Web.Tests.Components;

public sealed class OverviewChartBuilderTests
{
    private static OverviewChartBuilder Builder(ValueMode mode = ValueMode.Min, FactFilter? filter = null) =>
        new(filter ?? FactFilter.None, mode, k => k.ToString());

    [Fact]
    public void The_over_time_kinds_put_killed_first_then_the_most_reported_then_the_kind_order()
    {
        MonthlyPoint Point(int month, FactKind kind, string outlet, int facts) => new(2018, month, kind, outlet, null, facts, facts, facts);
        var points = new[]
        {
            Point(1, FactKind.Wounded, "A", 6), Point(2, FactKind.Wounded, "B", 4),
            Point(1, FactKind.Strikes, "A", 7), Point(3, FactKind.Strikes, "A", 13),
            Point(2, FactKind.Arrested, "A", 10),
            Point(5, FactKind.Killed, "B", 1),
        };

        // Killed however few; then by facts over every month and series (strikes 20, then wounded and arrests 10 each,
        // in the kinds' own order).
        Assert.Equal([FactKind.Killed, FactKind.Strikes, FactKind.Wounded, FactKind.Arrested], OverviewChartBuilder.KindsIn(points));
    }

    [Fact]
    public void Monthly_points_become_one_trace_per_outlet_with_months_in_order()
    {
        var figure = Builder().OverTime(SampleData.Monthly, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t");

        Assert.Equal(2, figure.Traces.Count);
        var alsumaria = Assert.IsType<Bar>(figure.Traces[0]);
        Assert.Equal("Alsumaria", alsumaria.Name);
        Assert.Equal(["2017-01-01", "2017-03-01"], alsumaria.X);
        Assert.Equal([5.0, 10.0], alsumaria.Y);
        var shafaq = Assert.IsType<Bar>(figure.Traces[1]);
        Assert.Equal(["2017-01-01"], shafaq.X);
        Assert.Equal([7.0], shafaq.Y);
        // A month of room on each side of the data.
        Assert.Equal(["2016-12-01", "2017-04-01"], figure.Layout.XAxis.Single().Range);
    }

    [Fact]
    public void The_highest_figure_mode_draws_the_top_of_each_range()
    {
        var figure = Builder(ValueMode.Max).OverTime(SampleData.Monthly, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Lines, "t");

        var alsumaria = Assert.IsType<Scatter>(figure.Traces[0]);
        Assert.Equal([5.0, 12.0], alsumaria.Y);
    }

    [Fact]
    public void Each_bar_opens_the_facts_of_its_month_outlet_and_kind()
    {
        var filter = new FactFilter { From = new DateOnly(2017, 1, 15), IncludeVague = false };
        var figure = Builder(filter: filter).OverTime(SampleData.Monthly, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t");

        var expected = DashboardUrls.Facts(filter with
        {
            From = new DateOnly(2017, 1, 15), // the filter's own start is later than the month's
            To = new DateOnly(2017, 1, 31),
            OutletIds = [1],
            Kinds = [FactKind.Killed],
        });
        Assert.Equal(expected, figure.LinkFor(0, 0));
        Assert.Contains("vague=false", figure.LinkFor(0, 1));
        Assert.Null(figure.LinkFor(5, 0));
    }

    [Fact]
    public void Claims_are_drawn_as_separate_spans_and_never_added_up()
    {
        var figure = Builder().Claims(SampleData.Claims, "t");

        var trace = Assert.IsType<Scatter>(Assert.Single(figure.Traces));
        // Start, end and a gap per claim: two claims, six points, each at its own value.
        Assert.Equal(["2017-01-01", "2017-06-30", null, "2017-01-01", "2017-12-31", null], trace.X);
        Assert.Equal([1200.0, 1200.0, null, 1500.0, 1500.0, null], trace.Y);
        Assert.DoesNotContain(2700.0, trace.Y.OfType<double>());
        Assert.Null(figure.LinkFor(0, 2));
        Assert.Contains("kind=killed", figure.LinkFor(0, 3));
    }

    [Fact]
    public void A_single_dated_claim_gets_a_calendar_around_it()
    {
        var day = new DateOnly(2020, 6, 23);
        var figure = Builder().Claims([SampleData.Claims[0] with { Start = day, End = day }], "t");

        Assert.Equal(["2020-05-24", "2020-07-23"], figure.Layout.XAxis.Single().Range);
    }

    [Fact]
    public void Sources_are_grouped_by_kind_side_by_side()
    {
        var figure = Builder().BySource(SampleData.BySource.ByOutlet, byOutlet: true, "t");

        var killed = Assert.IsType<Bar>(Assert.Single(figure.Traces));
        // Horizontal bars draw bottom-up: the most reported source ends on top.
        Assert.Equal(["Shafaq", "Alsumaria"], killed.Y);
        Assert.Equal([7.0, 15.0], killed.X);
        Assert.Equal("/facts?outlet=2&kind=killed", figure.LinkFor(0, 0));
    }

    [Fact]
    public void The_no_outlet_bar_and_series_open_the_facts_without_an_outlet()
    {
        SourcePoint[] sources = [new(SeriesLabels.NoOutlet, null, FactKind.Killed, 3, 3, 1)];
        var bySource = Builder().BySource(sources, byOutlet: true, "t");
        Assert.Equal("/facts?outlet=none&kind=killed", bySource.LinkFor(0, 0));

        MonthlyPoint[] monthly = [new(2017, 1, FactKind.Killed, SeriesLabels.NoOutlet, null, 3, 3, 1)];
        var overTime = Builder().OverTime(monthly, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t");
        Assert.Contains("outlet=none", overTime.LinkFor(0, 0));
    }

    [Fact]
    public void A_by_source_chart_draws_the_sources_with_the_most_facts_and_counts_the_others()
    {
        var many = OverviewChartBuilder.MaxSourcesDrawn + 5;
        var points = Enumerable.Range(1, many)
            .Select(i => new SourcePoint($"claimant {i:D2}", null, FactKind.Killed, i, i, FactCount: i))
            .ToList();

        var figure = Builder().BySource(points, byOutlet: false, "t");

        var killed = Assert.IsType<Bar>(Assert.Single(figure.Traces));
        Assert.Equal(OverviewChartBuilder.MaxSourcesDrawn, killed.Y.Count);
        Assert.Equal("claimant 06", killed.Y[0]);
        Assert.Equal($"claimant {many}", killed.Y[^1]);
        Assert.Equal(OverviewChartBuilder.MaxSourcesDrawn, figure.SeriesDrawn);
        Assert.Equal(5, figure.SeriesLeftOut);
        Assert.Equal(120 + 28 * OverviewChartBuilder.MaxSourcesDrawn, (int)figure.Layout.Height!);
        // Links follow the drawn bars.
        Assert.Contains("claimant", Uri.UnescapeDataString(figure.LinkFor(0, 0)!));
        Assert.Contains("06", figure.LinkFor(0, 0));
    }

    [Fact]
    public void A_by_source_chart_with_few_sources_leaves_none_out()
    {
        var figure = Builder().BySource(SampleData.BySource.ByOutlet, byOutlet: true, "t");

        Assert.Equal(0, figure.SeriesLeftOut);
        Assert.Equal(2, figure.SeriesDrawn);
    }

    [Fact]
    public void Long_source_names_are_shortened_on_the_axis_but_stay_distinct()
    {
        var longName = new string('ب', 40);
        var labels = OverviewChartBuilder.AxisLabels([longName, longName + "ج", "short"]);

        Assert.Equal("short", labels["short"]);
        Assert.True(labels[longName].Length <= 28);
        Assert.NotEqual(labels[longName], labels[longName + "ج"]);
    }

    [Fact]
    public void The_timeline_leaves_room_for_its_outlet_names_up_front()
    {
        // A margin automargin does not have to widen spares plotly.js a second drawing pass.
        var day = new DateOnly(2017, 3, 1);
        var shortNames = Builder().Timeline([new TimelineEvent(day, day, DatePrecision.Day, "t", 1, null, "DW")], "?", "t");
        var longNames = Builder().Timeline([new TimelineEvent(day, day, DatePrecision.Day, "t", 1, null, new string('ب', 20))], "?", "t");

        Assert.Equal(60, (int)shortNames.Layout.Margin.L!);
        Assert.True(longNames.Layout.Margin.L > 20 * 6);
        Assert.Equal(300, OverviewChartBuilder.LabelMargin([new string('ب', 200)]));
    }

    [Fact]
    public void Over_time_draws_the_largest_series_and_counts_the_others()
    {
        // Series 0 reports 1 killed a month, series 11 reports 12: the largest come first.
        MonthlyPoint[] points = [.. Enumerable.Range(0, 12).Select(i => new MonthlyPoint(2017, 1, FactKind.Killed, $"outlet {i}", i, i + 1, i + 1, 1))];

        var figure = Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t", maxSeries: 5);

        Assert.Equal(["outlet 11", "outlet 10", "outlet 9", "outlet 8", "outlet 7"], figure.Traces.Select(t => ((Bar)t).Name));
        Assert.Equal(7, figure.SeriesLeftOut);
        Assert.Equal(0, Builder().OverTime(SampleData.Monthly, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t").SeriesLeftOut);
    }

    [Fact]
    public void Legends_stand_right_of_the_chart_with_room_for_their_longest_name()
    {
        var longName = new string('ب', 25);
        MonthlyPoint[] points = [new(2017, 1, FactKind.Killed, "DW", 1, 3, 3, 1), new(2017, 1, FactKind.Killed, longName, 2, 2, 2, 1)];

        var two = Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t");
        var one = Builder().OverTime(points.Take(1).ToList(), FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t");

        Assert.True(two.Layout.ShowLegend);
        Assert.Equal(Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.V, two.Layout.Legend.Single().Orientation);
        Assert.Equal(OverviewChartBuilder.LegendMargin(["DW", longName]), (int)two.Layout.Margin.R!);
        Assert.True(two.Layout.Margin.R > 25 * 6);
        // One series needs no legend, nor room for it.
        Assert.False(one.Layout.ShowLegend);
        Assert.Equal(20, (int)one.Layout.Margin.R!);
    }

    [Fact]
    public void A_claim_with_one_date_is_a_dot_sharing_its_kinds_colour_and_legend_entry()
    {
        var day = new DateOnly(2017, 8, 1);
        ClaimSpan[] claims = [.. SampleData.Claims, SampleData.Claims[0] with { FactId = 43, Start = day, End = day, Min = 300, Max = 300 }];

        var figure = Builder().Claims(claims, "t");

        Assert.Equal(2, figure.Traces.Count);
        var spans = Assert.IsType<Scatter>(figure.Traces[0]);
        var dots = Assert.IsType<Scatter>(figure.Traces[1]);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, spans.Mode);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers, dots.Mode);
        Assert.Equal(["2017-08-01"], dots.X);
        Assert.Equal([300.0], dots.Y);
        Assert.Equal(spans.Line.Color, dots.Marker.Color);
        Assert.Equal(spans.LegendGroup, dots.LegendGroup);
        Assert.True(spans.ShowLegend);
        Assert.False(dots.ShowLegend);
        Assert.Contains("from=2017-08-01&to=2017-08-01", figure.LinkFor(1, 0));
    }

    [Fact]
    public void The_timeline_puts_each_outlet_on_its_row_with_spans_and_days_apart()
    {
        var march = new DateOnly(2017, 3, 1);
        TimelineEvent[] events =
        [
            new(march, march, DatePrecision.Day, "يوم", 7, null, "Shafaq"),
            new(march, new DateOnly(2017, 3, 31), DatePrecision.Month, "شهر", 8, null, "Alsumaria"),
            new(march.AddDays(3), march.AddDays(3), DatePrecision.Day, "يوم آخر", 9, null, null),
        ];

        var figure = Builder().Timeline(events, "?", "t");

        var spans = Assert.IsType<Scatter>(figure.Traces[0]);
        var days = Assert.IsType<Scatter>(figure.Traces[1]);
        Assert.Equal(["Alsumaria", "Alsumaria", null], spans.Y);
        Assert.Equal(["?", "Shafaq"], days.Y);
        Assert.Equal("/articles/8", figure.LinkFor(0, 1));
        Assert.Equal("/articles/7", figure.LinkFor(1, 1));
        // Outlets top to bottom in name order (plotly counts category rows from the bottom).
        Assert.Equal(["Shafaq", "Alsumaria", "?"], figure.Layout.YAxis.Single().CategoryArray);
    }

    [Fact]
    public void Series_without_a_name_are_named_in_the_ui_language()
    {
        MonthlyPoint[] points = [new(2017, 1, FactKind.Killed, SeriesLabels.Unattributed, null, 3, 3, 1), new(2017, 1, FactKind.Killed, "وزارة الدفاع", null, 2, 2, 1)];
        var builder = new OverviewChartBuilder(FactFilter.None, ValueMode.Min, k => k.ToString(),
            s => s == SeriesLabels.Unattributed ? "(غير منسوب)" : s);

        var figure = builder.OverTime(points, FactKind.Killed, SeriesBy.Claimant, ChartStyle.Bars, "t");
        var sources = builder.BySource([new SourcePoint(SeriesLabels.Unattributed, null, FactKind.Killed, 3, 3, 1)], byOutlet: false, "t");

        Assert.Equal(["(غير منسوب)", "وزارة الدفاع"], figure.Traces.Select(t => ((Bar)t).Name));
        Assert.StartsWith("(غير منسوب):", ((Bar)figure.Traces[0]).HoverTextArray.First());
        Assert.Equal(["(غير منسوب)"], ((Bar)sources.Traces.Single()).Y);
        // The link still names the claimant as the data does.
        Assert.Contains("claimant=", sources.LinkFor(0, 0));
    }

    [Fact]
    public void Claims_and_grants_without_a_date_are_counted_for_the_table_not_drawn()
    {
        var undatedClaim = SampleData.Claims[0] with { FactId = 99, Start = null, End = null };
        var claims = Builder().Claims([.. SampleData.Claims, undatedClaim], "t");
        Assert.Equal(1, claims.Undated);
        Assert.Equal(6, ((Scatter)claims.Traces.Single()).X.Count);

        FundingPoint Grant(long id, DateOnly? date) => new(id, date, "EU", "USD", 5e6, 5e6, Qualifier.Exact, "Alsumaria");
        var onlyUndated = Builder().Funding([Grant(1, null), Grant(2, null)], "t");
        Assert.True(onlyUndated.IsEmpty);
        Assert.Equal(2, onlyUndated.Undated);
        var mixed = Builder().Funding([Grant(1, new DateOnly(2017, 3, 1)), Grant(2, null)], "t");
        Assert.Equal((false, 1), (mixed.IsEmpty, mixed.Undated));
    }

    [Fact]
    public void Over_time_opens_on_the_bulk_of_the_months_and_counts_the_figures_beyond()
    {
        MonthlyPoint[] points =
        [
            new(1187, 7, FactKind.Killed, "Alsumaria", 1, 1000, 1000, 1),
            .. Enumerable.Range(0, 60).Select(m => new MonthlyPoint(2015 + m / 12, m % 12 + 1, FactKind.Killed, "Alsumaria", 1, 5, 5, 3)),
        ];

        var figure = Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t");

        Assert.Equal(["2014-12-01", "2020-01-01"], figure.Layout.XAxis.Single().Range);
        Assert.Equal(1, figure.View!.Value.Outside);
        // The far month is still drawn: Autoscale shows it.
        Assert.Contains("1187-07-01", ((Bar)figure.Traces.Single()).X);
    }

    [Theory]
    [InlineData(24, typeof(Bar))]
    [InlineData(25, typeof(Scatter))]
    public void Without_a_chosen_style_over_time_draws_bars_over_two_years_at_most_and_lines_over_more(int months, Type trace)
    {
        var points = Enumerable.Range(0, months).Select(m => new MonthlyPoint(2015 + m / 12, m % 12 + 1, FactKind.Killed, "Alsumaria", 1, 5, 5, 3)).ToList();

        var figure = Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, chosenStyle: null, "t");

        Assert.IsType(trace, figure.Traces[0]);
        Assert.Equal(trace == typeof(Bar) ? ChartStyle.Bars : ChartStyle.Lines, OverviewChartBuilder.StyleFor(null, figure.View));
        // A chosen style is kept whatever the months.
        Assert.IsType<Bar>(Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t").Traces[0]);
        Assert.IsType<Scatter>(Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Lines, "t").Traces[0]);
    }

    [Fact]
    public void As_lines_a_series_breaks_where_a_month_has_no_figure_and_a_month_alone_is_a_dot()
    {
        MonthlyPoint Point(int month, double value) => new(2017, month, FactKind.Killed, "Alsumaria", 1, value, value, 1);
        MonthlyPoint[] points = [Point(1, 5), Point(2, 6), Point(3, 7), Point(5, 9), Point(7, 2), Point(8, 3), Point(1, 4) with { Series = "Shafaq", SeriesId = 2 }];

        var figure = Builder().OverTime(points, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Lines, "t");

        // Alsumaria: a line of January-March and July-August, apart; May alone a dot. Shafaq: a dot of its own colour.
        Assert.Equal(3, figure.Traces.Count);
        var lines = Assert.IsType<Scatter>(figure.Traces[0]);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, lines.Mode);
        Assert.Equal(["2017-01-01", "2017-02-01", "2017-03-01", null, "2017-07-01", "2017-08-01", null], lines.X);
        Assert.Equal([5.0, 6.0, 7.0, null, 2.0, 3.0, null], lines.Y);
        var dot = Assert.IsType<Scatter>(figure.Traces[1]);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers, dot.Mode);
        Assert.Equal(["2017-05-01"], dot.X);
        Assert.Equal(lines.Line.Color, dot.Marker.Color);
        Assert.Equal((true, false), (lines.ShowLegend, dot.ShowLegend));
        Assert.Equal(lines.LegendGroup, dot.LegendGroup);
        var shafaq = Assert.IsType<Scatter>(figure.Traces[2]);
        Assert.Equal(["2017-01-01"], shafaq.X);
        Assert.NotEqual(lines.Line.Color, shafaq.Marker.Color);

        // A click opens the facts of the month it hit; the break between two lines opens nothing.
        Assert.Equal(MonthFacts(7), figure.LinkFor(0, 4));
        Assert.Null(figure.LinkFor(0, 3));
        Assert.Equal(MonthFacts(5), figure.LinkFor(1, 0));
        static string MonthFacts(int month) => DashboardUrls.Facts(FactFilter.None with
        {
            From = new DateOnly(2017, month, 1),
            To = new DateOnly(2017, month, 1).AddMonths(1).AddDays(-1),
            OutletIds = [1],
            Kinds = [FactKind.Killed],
        });
    }

    [Fact]
    public void Nothing_to_draw_gives_an_empty_figure()
    {
        Assert.True(Builder().OverTime([], FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t").IsEmpty);
        Assert.True(Builder().Funding([], "t").IsEmpty);
        Assert.True(Builder().Timeline([], "?", "t").IsEmpty);
    }
}
