using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Plotly.Blazor;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// A chart with a Graph tab (Plotly) and a Table tab, PNG/SVG downloads named after the chart and its filters, and
/// clicks on marks that open the facts behind them. Each figure, the first as every later one, is drawn with
/// Plotly.react by chart-redraw.js, batched with the other panels' drawings (<see cref="ChartRedrawScript"/>).
/// </summary>
public partial class ChartPanel : IAsyncDisposable
{
    public const uint ImageWidth = 1200;
    public const uint ImageHeight = 600;

    // Default height of a plotly.js chart whose layout names none.
    private const int PlotlyDefaultHeight = 450;

    private readonly CancellationTokenSource disposed = new();
    // Identifies this panel's click registration, so a panel going away does not remove a newer one with the same id.
    private readonly string listenToken = Guid.NewGuid().ToString("N");
    private DotNetObjectReference<ChartPanel>? selfReference;
    private Config config = new();
    private ChartFigure? shownFigure;
    private bool drawPending;
    private Task? earlyDraw;

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

    // The element keeps the chart's height before plotly.js has drawn into it, so the page does not jump and the
    // drawing can tell whether the chart is in view.
    private string HeightStyle => $"min-height:{(int)(Figure.Layout.Height ?? PlotlyDefaultHeight)}px";

    protected override void OnParametersSet()
    {
        config = new Config
        {
            Responsive = true,
            DisplayLogo = false,
            Locale = ChartRedrawScript.LocaleFor(System.Globalization.CultureInfo.CurrentUICulture),
            ToImageButtonOptions = new { format = "png", filename = FileName, width = ImageWidth, height = ImageHeight },
        };
        if (ReferenceEquals(Figure, shownFigure)) return;
        var onThePage = shownFigure is { IsEmpty: false } && selfReference is not null;
        shownFigure = Figure;
        drawPending = !Figure.IsEmpty;
        if (drawPending && onThePage && Redraws is not null)
        {
            // The chart's element is already on the page, and the batch sends its call after this render's batch has
            // gone out: the browser applies the render, then draws, without a round trip to acknowledge the render
            // first (awaited in OnAfterRenderAsync, so a failure surfaces there as before).
            drawPending = false;
            var draw = DrawAsync(ChartRedrawScript.For(ChartId, Figure.Traces, Figure.Layout, config));
            // Two figures may arrive before the browser acknowledges a render: both calls are awaited.
            earlyDraw = earlyDraw is null ? draw : Task.WhenAll(earlyDraw, draw);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            selfReference = DotNetObjectReference.Create(this);
            await CallScriptAsync(ChartRedrawScript.Listen, ChartId, listenToken, selfReference);
        }
        if (earlyDraw is { } sent)
        {
            earlyDraw = null;
            await sent;
        }
        if (drawPending && !Figure.IsEmpty)
        {
            drawPending = false;
            await DrawAsync(ChartRedrawScript.For(ChartId, Figure.Traces, Figure.Layout, config));
        }
    }

    /// <summary>
    /// Through chart-redraw.js, together with the other panels of the page that draw after the same render (a filter
    /// change redraws six): those in view are drawn first, those near the view right after, the others when the reader
    /// scrolls near them.
    /// </summary>
    private Task DrawAsync(ChartRedrawScript.Redraw redraw) => UnlessGoneAsync(Redraws is not null
        ? Redraws.RedrawAsync(redraw, disposed.Token)
        : JS.InvokeVoidAsync(ChartRedrawScript.React, disposed.Token, [ChartRedrawScript.Serialize([redraw])]).AsTask());

    private Task CallScriptAsync(string identifier, params object?[] args) =>
        UnlessGoneAsync(JS.InvokeVoidAsync(identifier, disposed.Token, args).AsTask());

    private static async Task UnlessGoneAsync(Task call)
    {
        try
        {
            await call;
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException)
        {
            // The page went away before the browser answered.
        }
    }

    /// <summary>A click on mark <paramref name="pointIndex"/> of trace <paramref name="traceIndex"/> opens the facts behind it.</summary>
    [JSInvokable]
    public void OnPointClicked(int traceIndex, int pointIndex)
    {
        var link = Figure.LinkFor(traceIndex, pointIndex);
        if (link is not null) _ = InvokeAsync(() => Navigation.NavigateTo(link));
    }

    // Through export-figures.js rather than Plotly.Blazor (whose ImageFormat has no SVG): it first draws a redraw
    // still waiting because the chart was out of view, so the image shows the current figure.
    private Task DownloadPngAsync() => DownloadAsync("png");

    private Task DownloadSvgAsync() => DownloadAsync("svg");

    private async Task DownloadAsync(string format) =>
        await JS.InvokeVoidAsync(ExportFiguresScript.DownloadImage, disposed.Token, ChartId, format, FileName, ImageWidth, ImageHeight);

    public async ValueTask DisposeAsync()
    {
        if (selfReference is not null)
        {
            await CallScriptAsync(ChartRedrawScript.Forget, ChartId, listenToken);
            selfReference.Dispose();
        }
        disposed.Cancel();
        disposed.Dispose();
    }

    // In the reader's calendar words, as the axis labels are; by month for a chart of months.
    private string ViewDate(DateOnly date) => Figure.ViewByMonth ? DisplayText.Month(date.Year, date.Month) : DisplayText.Date(date);
}
