using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Navigation;
using Dashboard.Web.Tests.Infrastructure;

namespace Dashboard.Web.Tests.Components;

public sealed class PlotlyFigureConverterTests
{
    private static IReadOnlyList<ChartRedrawScript.Redraw> EveryChart(ChartStyle style)
    {
        var builder = new OverviewChartBuilder(new FactFilter { OutletIds = [1] }, ValueMode.Max, k => k.ToString());
        var claims = SampleData.Claims.Concat([new ClaimSpan(43, FactKind.Arrested, 30, 30, Qualifier.Exact, new DateOnly(2017, 5, 2), null, null, "Shafaq", "اعتقال 30")]).ToList();
        FundingPoint[] funding =
        [
            new(50, new DateOnly(2017, 2, 1), "الحكومة", "USD", 1_000_000, 1_500_000, Qualifier.Range, "Alsumaria"),
            new(51, new DateOnly(2017, 4, 9), null, "IQD", 2e9, 2e9, Qualifier.Exact, null),
        ];
        TimelineEvent[] timeline =
        [
            new(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 1), DatePrecision.Day, "تحرير الموصل", 3, "عنوان", "Alsumaria"),
            new(new DateOnly(2017, 1, 1), new DateOnly(2017, 6, 30), DatePrecision.Month, "النصف الأول", 4, null, null),
        ];
        ChartFigure[] figures =
        [
            builder.OverTime(SampleData.Monthly, FactKind.Killed, SeriesBy.Outlet, style, "عبر الزمن"),
            builder.BySource(SampleData.BySource.ByOutlet, byOutlet: true, "by outlet"),
            builder.BySource(SampleData.BySource.ByClaimant, byOutlet: false, "by claimant"),
            builder.Claims(claims, "claims"),
            builder.Funding(funding, "funding"),
            builder.Timeline(timeline, "?", "timeline"),
        ];
        var config = new Plotly.Blazor.Config { Responsive = true, Locale = ChartRedrawScript.ArabicLocale, DisplayLogo = false };
        return [.. figures.Select((f, i) => ChartRedrawScript.For($"chart-{i}", f.Traces, f.Layout, config))];
    }

    [Theory]
    [InlineData(ChartStyle.Bars)]
    [InlineData(ChartStyle.Lines)]
    public void Figures_are_written_byte_for_byte_as_plotly_blazors_converter_writes_them(ChartStyle style)
    {
        var redraws = EveryChart(style);

        var expected = ChartRedrawScript.Serialize(redraws, ChartRedrawScript.Options(withFigureConverter: false));
        var actual = ChartRedrawScript.Serialize(redraws);

        Assert.True(expected.Length > 3_000, $"{expected.Length} bytes: the sample figures should carry traces, axes and legends.");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
    }

    [Fact]
    public void Only_plotly_blazors_figure_types_are_taken_over()
    {
        var converter = new PlotlyFigureConverter();

        Assert.True(converter.CanConvert(typeof(Plotly.Blazor.Traces.Scatter)));
        Assert.True(converter.CanConvert(typeof(Plotly.Blazor.Layout)));
        Assert.False(converter.CanConvert(typeof(Plotly.Blazor.Config)));
        Assert.False(converter.CanConvert(typeof(string)));
        Assert.False(converter.CanConvert(typeof(Plotly.Blazor.Traces.ScatterLib.ModeFlag)));
    }
}
