using System.Globalization;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.Localization;
using Dashboard.Web.Navigation;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// Cards and charts over the facts the URL's filter selects. Filter, value mode, series and chart style live in the
/// query string; a change reloads only what it affects.
/// </summary>
public partial class Overview : FilteredPageBase, IDisposable
{
    internal static readonly FactKind[] CardKinds = [FactKind.Killed, FactKind.Wounded, FactKind.Arrested];

    private CancellationTokenSource? loadCancellation;
    private (FactFilter Filter, ValueMode Mode, SeriesBy SeriesBy)? loadedFor;
    private bool loading;
    private string? loadError;
    private bool exporting;
    private string? exportError;

    private OverviewCards? cards;
    private IReadOnlyList<MonthlyPoint> monthly = [];
    private SourceBreakdown? bySource;
    private FilterOptions? options;
    private IReadOnlyList<ClaimSpan> claims = [];
    private IReadOnlyList<FundingPoint> funding = [];
    private IReadOnlyList<TimelineEvent> timeline = [];

    private IReadOnlyList<FactKind> overTimeKinds = [];
    private FactKind? chosenOverTimeKind;
    private ChartFigure overTimeFigure = ChartFigure.Empty;
    private ChartFigure byOutletFigure = ChartFigure.Empty;
    private ChartFigure byClaimantFigure = ChartFigure.Empty;
    private ChartFigure claimsFigure = ChartFigure.Empty;
    private ChartFigure fundingFigure = ChartFigure.Empty;
    private ChartFigure timelineFigure = ChartFigure.Empty;
    // A filter change redraws all six charts: sent to the browser in one call, drawn in one task.
    private ChartRedrawBatch? redraws;

    [Inject] public required IDashboardQueries Queries { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IJSRuntime JS { get; set; }
    [Inject] public required IStringLocalizer<OverviewStrings> L { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Shared { get; set; }

    [SupplyParameterFromQuery(Name = DashboardUrls.ValueModeParameter)] public string? ModeParameter { get; set; }
    [SupplyParameterFromQuery(Name = DashboardUrls.SeriesByParameter)] public string? SeriesByParameter { get; set; }
    [SupplyParameterFromQuery(Name = DashboardUrls.ChartStyleParameter)] public string? StyleParameter { get; set; }

    private ValueMode Mode => DashboardUrls.ParseWord(ModeParameter, ValueMode.Min);
    private SeriesBy SeriesBy => DashboardUrls.ParseWord(SeriesByParameter, SeriesBy.Outlet);
    /// <summary>The over-time chart's style as the URL names it; null lets the chart choose by the months it shows.</summary>
    private ChartStyle? ChosenStyle => DashboardUrls.ParseStyle(StyleParameter);

    /// <summary>The style the over-time chart is drawn in (what the style toggle shows).</summary>
    private ChartStyle Style => OverviewChartBuilder.StyleFor(ChosenStyle, overTimeFigure.View);

    /// <summary>The kind the over-time chart shows: the user's pick, else the filter's first kind, else the most reported.</summary>
    private FactKind OverTimeKind =>
        chosenOverTimeKind is { } chosen && overTimeKinds.Contains(chosen) ? chosen
        : Filter.Kinds.FirstOrDefault(overTimeKinds.Contains, overTimeKinds.FirstOrDefault());

    protected override void OnInitialized()
    {
        base.OnInitialized();
        redraws = new ChartRedrawBatch(JS);
    }

    protected override async Task OnParametersSetAsync()
    {
        var wanted = (Filter, Mode, SeriesBy);
        if (loadedFor is { } loaded && loaded.Equals(wanted))
        {
            // Only the drawing style changed.
            BuildFigures();
            return;
        }
        await LoadAsync(wanted);
    }

    private Task ReloadAsync() => LoadAsync((Filter, Mode, SeriesBy));

    /// <summary>
    /// A filter was chosen and the navigation to it is on its way through the browser: the aggregates for it start now
    /// (the queries share one computation per filter), so the page finds them done or under way when the new URL
    /// arrives instead of starting then.
    /// </summary>
    private void StartLoading(FactFilter chosen) => OverviewLoad.Start(Queries, chosen, Mode, SeriesBy).ObserveFailures();

    private async Task LoadAsync((FactFilter Filter, ValueMode Mode, SeriesBy SeriesBy) wanted)
    {
        loadCancellation?.Cancel();
        loadCancellation?.Dispose();
        var cancellation = loadCancellation = new CancellationTokenSource();
        var ct = cancellation.Token;
        loading = true;
        loadError = null;
        try
        {
            var (filter, mode, seriesBy) = wanted;
            var load = OverviewLoad.Start(Queries, filter, mode, seriesBy, ct);
            // Outlet names for chart titles; read once.
            var optionsTask = options is null ? Queries.GetFilterOptionsAsync(ct) : Task.FromResult(options);
            await Task.WhenAll(load.AllAsync(), optionsTask);
            if (ct.IsCancellationRequested) return;

            cards = load.Cards.Result;
            monthly = load.Monthly.Result;
            bySource = load.BySource.Result;
            claims = load.Claims.Result;
            funding = load.Funding.Result;
            timeline = load.Timeline.Result;
            options = optionsTask.Result;
            loadedFor = wanted;
            BuildFigures();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A newer filter replaced this load.
        }
        catch (Exception ex)
        {
            // The filters stay in the URL and on screen; the user can retry or change them.
            loadError = ex.Message;
        }
        finally
        {
            if (ReferenceEquals(cancellation, loadCancellation)) loading = false;
        }
    }

    private void BuildFigures()
    {
        datesInView = DateView.Of(FactsByMonth(monthly));
        var builder = new OverviewChartBuilder(Filter, Mode, Shared.Kind, Shared.Series);
        overTimeKinds = OverviewChartBuilder.KindsIn(monthly);
        overTimeFigure = overTimeKinds.Count == 0
            ? ChartFigure.Empty
            : new OverviewChartBuilder(Filter, Mode, Shared.Kind, SeriesLabel).OverTime(monthly, OverTimeKind, SeriesBy, ChosenStyle, Titled($"{L[nameof(OverviewStrings.ChartFiguresOverTime)]} · {Shared.Kind(OverTimeKind)}"));
        byOutletFigure = builder.BySource(bySource?.ByOutlet ?? [], byOutlet: true, Titled($"{L[nameof(OverviewStrings.ChartBySource)]}: {L[nameof(OverviewStrings.BySourceOutlet)]}"));
        byClaimantFigure = builder.BySource(bySource?.ByClaimant ?? [], byOutlet: false, Titled($"{L[nameof(OverviewStrings.ChartBySource)]}: {L[nameof(OverviewStrings.BySourceClaimant)]}"));
        claimsFigure = builder.Claims(claims, Titled(L[nameof(OverviewStrings.ChartClaims)]));
        fundingFigure = builder.Funding(funding, Titled(L[nameof(OverviewStrings.ChartFunding)]));
        timelineFigure = builder.Timeline(timeline, Shared[nameof(SharedStrings.Unknown)], Titled(L[nameof(OverviewStrings.ChartTimeline)], withMode: false));
    }

    // Counted in one pass: the unfiltered series holds tens of thousands of points, and grouping copied each of them.
    private static IEnumerable<(DateOnly Month, int Facts)> FactsByMonth(IReadOnlyList<MonthlyPoint> points)
    {
        var facts = new Dictionary<DateOnly, int>();
        foreach (var point in points)
        {
            var month = new DateOnly(point.Year, point.Month, 1);
            facts[month] = facts.GetValueOrDefault(month) + point.FactCount;
        }
        return facts.Select(m => (m.Key, m.Value));
    }

    /// <summary>A series of the over-time chart (and its table) by name: outlets and claimants as they are, governorates in the UI language.</summary>
    private string SeriesLabel(string series) => SeriesBy == SeriesBy.Governorate ? Shared.Governorate(series) : Shared.Series(series);

    /// <summary>Chart titles carry their filters, so a downloaded image says what it shows.</summary>
    private string Titled(string title, bool withMode = true)
    {
        var described = FilterDescription.Describe(Filter, OutletName, Shared);
        var mode = Mode == ValueMode.Max ? L[nameof(OverviewStrings.ValueModeMax)] : L[nameof(OverviewStrings.ValueModeMin)];
        var head = withMode ? $"{title} ({mode})" : title;
        return described.Length == 0 ? head : $"{head} — {described}";
    }

    // Where the incident figures lie, by month (the over-time chart's figures): the dates card names this bulk when
    // other figures lie beyond it (a battle of 1187 recalled, a plan for 2047), and the whole extent in its note.
    private DateView? datesInView;

    private DateView? DatesBulk(OverviewCards shown) =>
        datesInView is { } bulk && shown.FirstDate is { } first && shown.LastDate is { } last
            && (bulk.Outside > 0 || first < bulk.First || last > bulk.Last.AddMonths(1).AddDays(-1))
            ? bulk : null;

    private string DateSpanText(OverviewCards shown)
    {
        if (shown.FirstDate is null) return L[nameof(OverviewStrings.CardNoDates)];
        if (DatesBulk(shown) is { } bulk)
            return $"{DisplayText.Month(bulk.First.Year, bulk.First.Month)} – {DisplayText.Month(bulk.Last.Year, bulk.Last.Month)}";
        return $"{DisplayText.Date(shown.FirstDate)} – {DisplayText.Date(shown.LastDate)}";
    }

    private string? DateSpanNote(OverviewCards shown) => DatesBulk(shown) switch
    {
        null => null,
        { Outside: > 0 } bulk => L[nameof(OverviewStrings.CardDatesBulkNote), DisplayText.Number(bulk.Outside), DisplayText.Date(shown.FirstDate), DisplayText.Date(shown.LastDate)].Value,
        _ => L[nameof(OverviewStrings.CardDatesIncidentNote), DisplayText.Date(shown.FirstDate), DisplayText.Date(shown.LastDate)].Value,
    };

    /// <summary>How many currencies the funding card names; the facts explorer behind it lists them all.</summary>
    internal const int CardCurrencies = 3;

    // Sums in different currencies cannot be ranked by size (dinars would always win): the most reported come first.
    private string FundingCardText(OverviewCards shown, bool exact)
    {
        if (shown.Funding.Count == 0) return L[nameof(OverviewStrings.CardNoFunding)];
        var named = shown.Funding.OrderByDescending(f => f.FactCount).ThenBy(f => f.Currency, StringComparer.Ordinal).Take(CardCurrencies)
            .Select(f => $"{(exact ? DisplayText.Range(f.Min, f.Max) : L.CompactRange(f.Min, f.Max))} {f.Currency}");
        var text = string.Join(" · ", named);
        var more = shown.Funding.Count - CardCurrencies;
        return more <= 0 ? text : $"{text} · {L[nameof(OverviewStrings.CardMoreCurrencies), DisplayText.Number(more)]}";
    }

    private string? OutletName(int id) => options?.Outlets.FirstOrDefault(o => o.Id == id)?.Name;

    // Lists of single claims and grants stop at the newest DashboardQueries.ListLimit; say so when a list reached it.
    private string? ListNote(int count, string? note) =>
        count < DashboardQueries.ListLimit ? note
        : string.Join(" ", new[] { note, string.Format(CultureInfo.CurrentCulture, L[nameof(OverviewStrings.ListCut)], DisplayText.Number(DashboardQueries.ListLimit)) }.Where(n => n is not null));

    // Charts that draw only their largest series or sources say how many their table adds.
    private string? SeriesNote(ChartFigure figure) => LeftOutNote(figure, nameof(OverviewStrings.SeriesLeftOut));

    private string? SourcesNote(ChartFigure figure) => LeftOutNote(figure, nameof(OverviewStrings.SourcesLeftOut));

    private string? LeftOutNote(ChartFigure figure, string key) =>
        figure.SeriesLeftOut == 0 ? null
        : string.Format(CultureInfo.CurrentCulture, L[key], DisplayText.Number(figure.SeriesDrawn), DisplayText.Number(figure.SeriesLeftOut));

    private string FileName(string chartKey) =>
        $"{chartKey}_{FactFilterQuery.ToFileNamePart(Filter)}_{FactFilterQuery.Word(Mode)}";

    private Func<string, string> TableUrl(string chartTable) =>
        format => DashboardUrls.ChartTable(chartTable, format, Filter, Mode, SeriesBy);

    private string UrlFor(FactFilter filter) => DashboardUrls.Overview(filter, Mode, SeriesBy, ChosenStyle);

    private void SetModeAsync(ValueMode mode) => Navigation.NavigateTo(DashboardUrls.Overview(Filter, mode, SeriesBy, ChosenStyle));

    private void SetSeriesByAsync(SeriesBy seriesBy) => Navigation.NavigateTo(DashboardUrls.Overview(Filter, Mode, seriesBy, ChosenStyle));

    private void SetStyleAsync(ChartStyle style) => Navigation.NavigateTo(DashboardUrls.Overview(Filter, Mode, SeriesBy, style));

    private void SetOverTimeKind(FactKind kind)
    {
        chosenOverTimeKind = kind;
        BuildFigures();
    }

    /// <summary>One ZIP with every chart as PNG and SVG and the CSV of the facts behind them, built in the browser.</summary>
    private async Task ExportAllAsync()
    {
        exporting = true;
        exportError = null;
        try
        {
            var zipName = $"figures_{FactFilterQuery.ToFileNamePart(Filter)}_{FactFilterQuery.Word(Mode)}.zip";
            await JS.InvokeVoidAsync(ExportFiguresScript.ExportAll, zipName, DashboardUrls.FactsCsv(Filter),
                $"facts_{FactFilterQuery.ToFileNamePart(Filter)}.csv");
        }
        catch (JSException ex)
        {
            exportError = ex.Message;
        }
        finally
        {
            exporting = false;
        }
    }

    public void Dispose()
    {
        loadCancellation?.Cancel();
        loadCancellation?.Dispose();
    }
}
