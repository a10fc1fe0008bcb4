using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Bunit;
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

    private IRenderedComponent<ChartPanel> RenderPanel(ChartFigure figure) =>
        Render<ChartPanel>(p => p
            .Add(c => c.ChartKey, "over-time")
            .Add(c => c.Title, "Figures over time")
            .Add(c => c.FileName, "over-time_all_min")
            .Add(c => c.Figure, figure));

    [Fact]
    public void The_chart_loads_plotly_from_the_package_and_draws_the_traces()
    {
        var panel = RenderPanel(Figure(ValueMode.Min));

        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));
        Plotly.VerifyInvoke("importScript");
        var importScript = Plotly.Invocations["importScript"].Single();
        Assert.Equal("./_content/Plotly.Blazor/plotly-basic-3.7.0.min.js", importScript.Arguments[1]);

        var newPlot = Plotly.Invocations["newPlot"].Single();
        Assert.Equal("chart-over-time", newPlot.Arguments[0]);
        var traces = JsonSerializer.SerializeToElement(newPlot.Arguments[1]);
        Assert.Equal(2, traces.GetArrayLength());
        Assert.Equal("Alsumaria", traces[0].GetProperty("name").GetString());
        Assert.Equal([5.0, 10.0], traces[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Empty(Plotly.Invocations["react"]);
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("subscribeClickEvent"));
    }

    [Fact]
    public void A_new_figure_updates_the_drawn_chart_with_react()
    {
        var redraws = JSInterop.SetupVoid(ChartRedrawScript.React, _ => true);
        redraws.SetVoidResult();
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));

        panel.Render(p => p.Add(c => c.Figure, Figure(ValueMode.Max)));

        panel.WaitForAssertion(() => Assert.Single(redraws.Invocations));
        var redraw = JsonDocument.Parse((byte[])redraws.Invocations.Single().Arguments[0]!).RootElement.EnumerateArray().Single();
        Assert.Equal("chart-over-time", redraw.GetProperty("id").GetString());
        Assert.Equal([5.0, 12.0], redraw.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Single(Plotly.Invocations["newPlot"]);
        Assert.Empty(Plotly.Invocations["react"]);
    }

    [Fact]
    public void A_redraw_sends_plotly_the_figure_plotly_blazor_would_send()
    {
        var redraws = JSInterop.SetupVoid(ChartRedrawScript.React, _ => true);
        redraws.SetVoidResult();
        var panel = RenderPanel(Figure(ValueMode.Max));
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));

        panel.Render(p => p.Add(c => c.Figure, Figure(ValueMode.Max)));
        panel.WaitForAssertion(() => Assert.Single(redraws.Invocations));

        var newPlot = Plotly.Invocations["newPlot"].Single().Arguments;
        var redraw = JsonDocument.Parse((byte[])redraws.Invocations.Single().Arguments[0]!).RootElement[0];
        Assert.True(SameJson(JsonSerializer.SerializeToElement(newPlot[1]), redraw.GetProperty("data")), "traces differ");
        Assert.True(SameJson(JsonSerializer.SerializeToElement(newPlot[2]), redraw.GetProperty("layout")), "layouts differ");
        Assert.Equal("png", redraw.GetProperty("config").GetProperty("toImageButtonOptions").GetProperty("format").GetString());
        Assert.False(redraw.GetProperty("config").GetProperty("displaylogo").GetBoolean());
    }

    [Fact]
    public void The_table_is_rendered_once_its_tab_is_opened_and_kept_after()
    {
        var panel = Render<ChartPanel>(p => p
            .Add(c => c.ChartKey, "over-time")
            .Add(c => c.Title, "Figures over time")
            .Add(c => c.FileName, "over-time_all_min")
            .Add(c => c.Figure, Figure(ValueMode.Min))
            .Add(c => c.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p data-testid=\"the-table\">rows</p>"))));
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));
        Assert.Empty(panel.FindAll("[data-testid=the-table]"));

        Tab(panel, "Table").Click();
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=the-table]")));

        Tab(panel, "Graph").Click();
        Assert.Single(panel.FindAll("[data-testid=the-table]"));
        Assert.Single(Plotly.Invocations["newPlot"]);
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
        Assert.Empty(Plotly.Invocations["newPlot"]);
    }

    [Fact]
    public void The_png_button_downloads_the_current_figure_with_the_filtered_file_name()
    {
        var downloads = JSInterop.SetupVoid(ExportFiguresScript.DownloadImage, _ => true);
        downloads.SetVoidResult();
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));

        panel.FindAll("button").First(b => b.TextContent.Contains("PNG")).Click();

        // export-figures.js draws any redraw still waiting for the chart, then asks Plotly for the image.
        panel.WaitForAssertion(() => Assert.Single(downloads.Invocations));
        var download = downloads.Invocations.Single();
        Assert.Equal(["chart-over-time", "png", "over-time_all_min", ChartPanel.ImageWidth, ChartPanel.ImageHeight], download.Arguments);
        Assert.Empty(Plotly.Invocations["downloadImage"]);
    }

    [Fact]
    public void Clicking_a_bar_opens_the_facts_behind_it()
    {
        var figure = Figure(ValueMode.Min);
        var panel = RenderPanel(figure);
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));
        var chart = panel.FindComponent<Plotly.Blazor.PlotlyChart>().Instance;

        panel.InvokeAsync(() => chart.ClickEvent([new Plotly.Blazor.Interop.EventDataPoint { TraceIndex = 1, PointNumber = JsonSerializer.SerializeToElement(0) }]));

        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        panel.WaitForAssertion(() => Assert.EndsWith(figure.LinkFor(1, 0)!, navigation.Uri));
        Assert.Contains("outlet=2", navigation.Uri);
    }
}
