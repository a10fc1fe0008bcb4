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
    public void Nothing_to_draw_gives_an_empty_figure()
    {
        Assert.True(Builder().OverTime([], FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "t").IsEmpty);
        Assert.True(Builder().Funding([], "t").IsEmpty);
        Assert.True(Builder().Timeline([], "?", "t").IsEmpty);
    }
}
