using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Bunit;
using Microsoft.JSInterop;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Navigation;
using Dashboard.Web.Tests.Infrastructure;

namespace Dashboard.Web.Tests.Components;

public sealed class ChartPanelTests : DashboardComponentTest
{
    private static ChartFigure Figure(ValueMode mode) =>
        new OverviewChartBuilder(FactFilter.None, mode, k => k.ToString()).OverTime(SampleData.Monthly, FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "Figures");

    private IRenderedComponent<ChartPanel> RenderPanel(ChartFigure figure, RenderFragment? table = null) =>
        Render<ChartPanel>(p => p
            .Add(c => c.ChartKey, "over-time")
            .Add(c => c.Title, "Figures over time")
            .Add(c => c.FileName, "over-time_all_min")
            .Add(c => c.Figure, figure)
            .Add(c => c.ChildContent, table));

    [Fact]
    public void The_chart_is_drawn_with_its_traces_and_listens_for_clicks()
    {
        var panel = RenderPanel(Figure(ValueMode.Min));

        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));
        var chart = Assert.Single(Drawn).Chart;
        Assert.Equal("chart-over-time", chart.GetProperty("id").GetString());
        var traces = chart.GetProperty("data");
        Assert.Equal(2, traces.GetArrayLength());
        Assert.Equal("Alsumaria", traces[0].GetProperty("name").GetString());
        Assert.Equal([5.0, 10.0], traces[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        var listen = Assert.Single(ClickListeners.Invocations);
        Assert.Equal("chart-over-time", listen.Arguments[0]);
        Assert.IsType<DotNetObjectReference<ChartPanel>>(listen.Arguments[2]);
        // The element keeps the chart's height before plotly.js draws into it.
        Assert.Contains("min-height:", panel.Find("#chart-over-time").GetAttribute("style"));
    }

    [Fact]
    public void A_new_figure_draws_the_chart_again()
    {
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        panel.Render(p => p.Add(c => c.Figure, Figure(ValueMode.Max)));

        panel.WaitForAssertion(() => Assert.Equal(2, Drawings.Invocations.Count));
        var (call, redraw) = Drawn[^1];
        Assert.Equal(1, call);
        Assert.Equal("chart-over-time", redraw.GetProperty("id").GetString());
        Assert.Equal([5.0, 12.0], redraw.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Single(ClickListeners.Invocations);
    }

    private IRenderedComponent<ChartPanel> RenderPanelInPage(ChartFigure figure)
    {
        var page = Render<CascadingValue<ChartRedrawBatch>>(p => p
            .Add(c => c.Value, new ChartRedrawBatch(Services.GetRequiredService<IJSRuntime>()))
            .Add(c => c.IsFixed, true)
            .AddChildContent<ChartPanel>(panel => panel
                .Add(c => c.ChartKey, "over-time")
                .Add(c => c.Title, "Figures over time")
                .Add(c => c.FileName, "over-time_all_min")
                .Add(c => c.Figure, figure)));
        return page.FindComponent<ChartPanel>();
    }

    [Fact]
    public void In_a_page_a_new_figure_for_a_chart_already_drawn_is_drawn_once()
    {
        var panel = RenderPanelInPage(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        // Queued as the figure arrives (the element is there): one drawing per new figure, none again after the render.
        panel.Render(p => p.Add(c => c.Figure, Figure(ValueMode.Max)));

        panel.WaitForAssertion(() => Assert.Equal(2, Drawings.Invocations.Count));
        Assert.Equal([5.0, 12.0], Drawn[^1].Chart.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        panel.Render(p => p.Add(c => c.Title, "Renamed"));
        Assert.Equal(2, Drawings.Invocations.Count);
    }

    [Fact]
    public void In_a_page_a_chart_that_was_empty_is_drawn_once_its_element_exists()
    {
        var empty = new OverviewChartBuilder(FactFilter.None, ValueMode.Min, k => k.ToString()).OverTime([], FactKind.Killed, SeriesBy.Outlet, ChartStyle.Bars, "Figures");
        var panel = RenderPanelInPage(empty);
        Assert.Empty(Drawings.Invocations);

        panel.Render(p => p.Add(c => c.Figure, Figure(ValueMode.Min)));

        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));
        panel.Find("#chart-over-time");
        Assert.Equal("chart-over-time", Assert.Single(Drawn).Chart.GetProperty("id").GetString());
    }

    [Fact]
    public void The_same_figure_is_not_drawn_twice()
    {
        var figure = Figure(ValueMode.Min);
        var panel = RenderPanel(figure);
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        panel.Render(p => p.Add(c => c.Figure, figure).Add(c => c.Title, "Renamed"));

        Assert.Single(Drawings.Invocations);
    }

    [Fact]
    public void A_drawing_sends_every_attribute_of_the_traces_and_the_layout()
    {
        var figure = Figure(ValueMode.Max);
        var panel = RenderPanel(figure);
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        var chart = Drawn.Single().Chart;
        var plotlyNames = new JsonSerializerOptions { PropertyNamingPolicy = null, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        var traces = JsonSerializer.SerializeToElement(figure.Traces.Cast<object>().ToList(), plotlyNames);
        Assert.True(SameJson(traces, chart.GetProperty("data")), "traces differ");
        Assert.True(SameJson(JsonSerializer.SerializeToElement(figure.Layout, plotlyNames), chart.GetProperty("layout")), "layouts differ");
        Assert.Equal("png", chart.GetProperty("config").GetProperty("toImageButtonOptions").GetProperty("format").GetString());
        Assert.False(chart.GetProperty("config").GetProperty("displaylogo").GetBoolean());
        Assert.True(chart.GetProperty("config").GetProperty("responsive").GetBoolean());
    }

    [Theory]
    [InlineData("ar-IQ", "ar")]
    [InlineData("en", null)]
    public void Charts_are_drawn_in_the_ui_language(string culture, string? locale)
    {
        using var _ = UseCulture(culture);
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        var config = Drawn.Single().Chart.GetProperty("config");
        Assert.Equal(locale, config.TryGetProperty("locale", out var value) ? value.GetString() : null);
    }

    [Fact]
    public async Task A_panel_going_away_tells_the_script_with_its_own_token()
    {
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Assert.Single(ClickListeners.Invocations));
        var token = ClickListeners.Invocations.Single().Arguments[1];

        await DisposeComponentsAsync();

        var forget = Assert.Single(JSInterop.Invocations, i => i.Identifier == ChartRedrawScript.Forget);
        Assert.Equal(["chart-over-time", token], forget.Arguments);
    }

    [Fact]
    public void The_table_is_rendered_once_its_tab_is_opened_and_kept_after()
    {
        var panel = RenderPanel(Figure(ValueMode.Min), b => b.AddMarkupContent(0, "<p data-testid=\"the-table\">rows</p>"));
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));
        Assert.Empty(panel.FindAll("[data-testid=the-table]"));

        Tab(panel, "Table").Click();
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=the-table]")));

        Tab(panel, "Graph").Click();
        Assert.Single(panel.FindAll("[data-testid=the-table]"));
        Assert.Single(Drawings.Invocations);
    }

    private static AngleSharp.Dom.IElement Tab(IRenderedComponent<ChartPanel> panel, string text) =>
        panel.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == text);

    [Fact]
    public void A_redraw_carries_arabic_text_as_utf8_not_as_escapes()
    {
        var figure = Figure(ValueMode.Min);
        var traces = figure.Traces.Select(t => (Plotly.Blazor.ITrace)t).ToList();
        ((Plotly.Blazor.Traces.Bar)traces[0]).Name = "السومرية نيوز";

        var bytes = ChartRedrawScript.Serialize([ChartRedrawScript.For("chart-x", traces, figure.Layout, new Plotly.Blazor.Config())]);

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"name\":\"السومرية نيوز\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", text, StringComparison.Ordinal);
        Assert.Equal("السومرية نيوز", JsonDocument.Parse(bytes).RootElement[0].GetProperty("data")[0].GetProperty("name").GetString());
    }

    /// <summary>Equal JSON, numbers compared by value (Plotly.Blazor writes them as decimals, "5.0" and "5" alike).</summary>
    internal static bool SameJson(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Object, JsonValueKind.Object) =>
            a.EnumerateObject().Count() == b.EnumerateObject().Count()
            && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && SameJson(p.Value, other)),
        (JsonValueKind.Array, JsonValueKind.Array) =>
            a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => SameJson(pair.First, pair.Second)),
        (JsonValueKind.Number, JsonValueKind.Number) => a.GetDouble() == b.GetDouble(),
        _ => a.ValueKind == b.ValueKind && a.ToString() == b.ToString(),
    };

    [Fact]
    public void An_empty_figure_says_so_instead_of_drawing()
    {
        var panel = RenderPanel(ChartFigure.Empty);

        Assert.NotNull(panel.Find("[data-testid=chart-empty]"));
        Assert.Empty(Drawings.Invocations);
        Assert.Empty(panel.FindAll("#chart-over-time"));
    }

    [Fact]
    public void Figures_without_a_date_are_said_to_be_in_the_table()
    {
        var undatedOnly = RenderPanel(new ChartFigure { Traces = [], Layout = new Plotly.Blazor.Layout(), PointLinks = [], Undated = 2 });
        Assert.Contains("2 figures match, none with a date", undatedOnly.Find("[data-testid=chart-empty]").TextContent);
        Assert.Empty(undatedOnly.FindAll("[data-testid=chart-undated]"));

        var drawn = Figure(ValueMode.Min);
        var some = RenderPanel(new ChartFigure { Traces = drawn.Traces, Layout = drawn.Layout, PointLinks = drawn.PointLinks, Undated = 3 });
        Assert.Contains("3 figures without a date", some.Find("[data-testid=chart-undated]").TextContent);
        Assert.Empty(some.FindAll("[data-testid=chart-empty]"));
    }

    [Fact]
    public void Items_beyond_the_dates_the_axis_opens_on_are_counted_under_the_title()
    {
        var drawn = Figure(ValueMode.Min);
        var panel = RenderPanel(new ChartFigure
        {
            Traces = drawn.Traces, Layout = drawn.Layout, PointLinks = drawn.PointLinks,
            View = new DateView(new DateOnly(2014, 1, 1), new DateOnly(2019, 12, 1), 4),
        });

        var note = panel.Find("[data-testid=chart-outside-view]").TextContent;
        Assert.Contains("1 Jan 2014 – 1 Dec 2019", note);
        Assert.Contains("4 more lie outside", note);

        var byMonth = RenderPanel(new ChartFigure
        {
            Traces = drawn.Traces, Layout = drawn.Layout, PointLinks = drawn.PointLinks, ViewByMonth = true,
            View = new DateView(new DateOnly(2014, 1, 1), new DateOnly(2019, 12, 1), 4),
        });
        Assert.Contains("Jan 2014 – Dec 2019", byMonth.Find("[data-testid=chart-outside-view]").TextContent);

        var none = RenderPanel(drawn);
        Assert.Empty(none.FindAll("[data-testid=chart-outside-view]"));
    }

    [Fact]
    public void An_empty_figure_without_undated_items_says_nothing_matches()
    {
        var panel = RenderPanel(ChartFigure.Empty);
        Assert.Contains("No figures for these filters", panel.Find("[data-testid=chart-empty]").TextContent);
    }

    [Fact]
    public void The_png_button_downloads_the_current_figure_with_the_filtered_file_name()
    {
        var downloads = JSInterop.SetupVoid(ExportFiguresScript.DownloadImage, _ => true);
        downloads.SetVoidResult();
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        panel.FindAll("button").First(b => b.TextContent.Contains("PNG")).Click();

        // export-figures.js draws any redraw still waiting for the chart, then asks Plotly for the image.
        panel.WaitForAssertion(() => Assert.Single(downloads.Invocations));
        var download = downloads.Invocations.Single();
        Assert.Equal(["chart-over-time", "png", "over-time_all_min", ChartPanel.ImageWidth, ChartPanel.ImageHeight], download.Arguments);
    }

    [Fact]
    public void Clicking_a_bar_opens_the_facts_behind_it()
    {
        var figure = Figure(ValueMode.Min);
        var panel = RenderPanel(figure);
        panel.WaitForAssertion(() => Assert.Single(Drawings.Invocations));

        // What chart-redraw.js calls on a plotly_click: the trace (curve) number and the point number.
        panel.InvokeAsync(() => panel.Instance.OnPointClicked(1, 0));

        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        panel.WaitForAssertion(() => Assert.EndsWith(figure.LinkFor(1, 0)!, navigation.Uri));
        Assert.Contains("outlet=2", navigation.Uri);
    }
}
