using Dashboard.Data.Queries;
using Dashboard.Web.Components.Articles;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.Navigation;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// Every stored fact in a table: paged, sorted and filtered in SQL. A row opens its article at the figure.
/// </summary>
public partial class FactsPage : FilteredPageBase
{
    /// <summary>The formats /api/facts writes.</summary>
    public static readonly IReadOnlyList<string> ExportFormats = ["csv", "xlsx", "json"];

    private const int SentenceLength = 90;
    private static readonly int[] PageSizes = [25, 50, 100];

    [Inject] public required IDashboardQueries Queries { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IStringLocalizer<FactsStrings> L { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Shared { get; set; }

    private FactWords Words = null!;
    private int? _total;
    private string? _loadError;

    /// <summary>Keys the grid: a new filter gives a fresh grid on its first page.</summary>
    private string FilterQueryString => FactFilterQuery.ToQueryString(Filter);

    protected override void OnInitialized() => Words = new FactWords(Shared, L);

    private static string UrlFor(FactFilter filter) => DashboardUrls.Facts(filter);

    private string ExportLabel(string format) => format switch
    {
        "csv" => L[nameof(FactsStrings.Export_csv)],
        "xlsx" => L[nameof(FactsStrings.Export_xlsx)],
        _ => L[nameof(FactsStrings.Export_json)],
    };

    private async Task<GridData<FactRow>> LoadFactsAsync(GridState<FactRow> state, CancellationToken ct)
    {
        try
        {
            var page = await Queries.GetFactsPageAsync(Filter, FactsGridSort.From(state.SortDefinitions), state.Page, state.PageSize, ct);
            _total = page.Total;
            _loadError = null;
            return new GridData<FactRow> { Items = page.Items, TotalItems = page.Total };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new GridData<FactRow> { Items = [], TotalItems = _total ?? 0 };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The grid shows its empty state; the alert says why instead of leaving a blank table.
            _loadError = ex.Message;
            _total = 0;
            return new GridData<FactRow> { Items = [], TotalItems = 0 };
        }
    }

    private void OpenArticle(DataGridRowClickEventArgs<FactRow> args) =>
        Navigation.NavigateTo(DashboardUrls.Article(args.Item.ArticleId, args.Item.Id));
}
