using System.Text.Json;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.Interop;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// A chart with a Graph tab (Plotly) and a Table tab, PNG/SVG downloads named after the chart and its filters, and
/// clicks on marks that open the facts behind them. New figures are copied into the bound data and redrawn with
/// Plotly.react, batched with the other panels' redraws (<see cref="ChartRedrawScript"/>).
/// </summary>
public partial class ChartPanel : IDisposable
{
    public const uint ImageWidth = 1200;
    public const uint ImageHeight = 600;

    private readonly List<ITrace> data = [];
    private readonly CancellationTokenSource disposed = new();
    private PlotlyLayout layout = new();
    private Config config = new();
    private PlotlyChart? chart;
    private ChartFigure? shownFigure;
    private bool drawn;
    private bool redrawPending;

    [Inject] public required IStringLocalizer<OverviewStrings> L { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IJSRuntime JS { get; set; }

    /// <summary>Short stable name ("over-time"): element ids, test ids and export file names.</summary>
    [Parameter, EditorRequired] public required string ChartKey { get; set; }
    [Parameter, EditorRequired] public required string Title { get; set; }
    /// <summary>Download name without extension, saying what the chart shows and under which filters.</summary>
    [Parameter, EditorRequired] public required string FileName { get; set; }
    [Parameter, EditorRequired] public required ChartFigure Figure { get; set; }
    [Parameter] public string? Note { get; set; }
    [Parameter] public RenderFragment? Toolbar { get; set; }
    /// <summary>Builds the download link of the Table tab's rows for a format (csv, xlsx); null when the table has none.</summary>
    [Parameter] public Func<string, string>? TableDownloadUrl { get; set; }
    /// <summary>The Table tab.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
    /// <summary>Sends this panel's redraws together with the other panels of the page; without it, on their own.</summary>
    [CascadingParameter] public ChartRedrawBatch? Redraws { get; set; }

    private string ChartId => $"chart-{ChartKey}";

    protected override void OnParametersSet()
    {
        config = new Config
        {
            Responsive = true,
            DisplayLogo = false,
            ToImageButtonOptions = new { format = "png", filename = FileName, width = ImageWidth, height = ImageHeight },
        };
        if (ReferenceEquals(Figure, shownFigure)) return;
        shownFigure = Figure;
        data.Clear();
        data.AddRange(Figure.Traces);
        layout = Figure.Layout;
        if (Figure.IsEmpty)
        {
            // The chart element goes away; the next figure draws a fresh one.
            drawn = false;
            redrawPending = false;
        }
        else
        {
            redrawPending = drawn;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only an already drawn chart is updated: a new one draws the current data itself on its first render.
        if (redrawPending && drawn && chart is not null)
        {
            redrawPending = false;
            await RedrawAsync();
        }
    }

    /// <summary>
    /// Plotly.react through chart-redraw.js rather than Plotly.Blazor's own React (one message per chart): the panels
    /// of a page that change together (a filter change redraws six) are then drawn in one browser task.
    /// </summary>
    private async Task RedrawAsync()
    {
        try
        {
            var redraw = ChartRedrawScript.For(ChartId, data, layout, config);
            if (Redraws is not null) await Redraws.RedrawAsync(redraw, disposed.Token);
            else await JS.InvokeVoidAsync(ChartRedrawScript.React, disposed.Token, [ChartRedrawScript.Serialize([redraw])]);
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException)
        {
            // The page went away before the chart was redrawn.
        }
    }

    private void OnDrawn()
    {
        drawn = true;
        redrawPending = false;
        if (chart is not null) _ = SubscribeClicksAsync(chart);
    }

    private async Task SubscribeClicksAsync(PlotlyChart drawnChart)
    {
        try
        {
            await drawnChart.SubscribeClickEvent(disposed.Token);
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException)
        {
            // The page went away before the chart finished drawing.
        }
    }

    private void OnPointsClicked(IEnumerable<EventDataPoint> points)
    {
        var point = points.FirstOrDefault();
        if (point is null) return;
        var link = Figure.LinkFor(point.TraceIndex, PointIndexOf(point));
        if (link is not null) _ = InvokeAsync(() => Navigation.NavigateTo(link));
    }

    /// <summary>The point number arrives as a JSON number inside an object (it is an array for 3-D charts).</summary>
    internal static int PointIndexOf(EventDataPoint point) => AsIndex(point.PointNumber) ?? AsIndex(point.PointIndex) ?? -1;

    private static int? AsIndex(object? value) => value switch
    {
        int n => n,
        long n => (int)n,
        double d => (int)d,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt32(),
        _ => null,
    };

    // Through export-figures.js rather than Plotly.Blazor (whose ImageFormat has no SVG): it first draws a redraw
    // still waiting because the chart was out of view, so the image shows the current figure.
    private Task DownloadPngAsync() => DownloadAsync("png");

    private Task DownloadSvgAsync() => DownloadAsync("svg");

    private async Task DownloadAsync(string format) =>
        await JS.InvokeVoidAsync(ExportFiguresScript.DownloadImage, disposed.Token, ChartId, format, FileName, ImageWidth, ImageHeight);

    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }
}
