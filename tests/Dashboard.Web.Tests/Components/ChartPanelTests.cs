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
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));

        panel.Render(p => p.Add(c => c.Figure, Figure(ValueMode.Max)));

        panel.WaitForAssertion(() => Plotly.VerifyInvoke("react"));
        var traces = JsonSerializer.SerializeToElement(Plotly.Invocations["react"].Last().Arguments[1]);
        Assert.Equal([5.0, 12.0], traces[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Single(Plotly.Invocations["newPlot"]);
    }

    [Fact]
    public void An_empty_figure_says_so_instead_of_drawing()
    {
        var panel = RenderPanel(ChartFigure.Empty);

        Assert.NotNull(panel.Find("[data-testid=chart-empty]"));
        Assert.Empty(Plotly.Invocations["newPlot"]);
    }

    [Fact]
    public void The_png_button_downloads_through_plotly_with_the_filtered_file_name()
    {
        var panel = RenderPanel(Figure(ValueMode.Min));
        panel.WaitForAssertion(() => Plotly.VerifyInvoke("newPlot"));

        panel.FindAll("button").First(b => b.TextContent.Contains("PNG")).Click();

        panel.WaitForAssertion(() => Plotly.VerifyInvoke("downloadImage"));
        var download = Plotly.Invocations["downloadImage"].Single();
        Assert.Equal("chart-over-time", download.Arguments[0]);
        Assert.Equal("over-time_all_min", download.Arguments[4]);
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
