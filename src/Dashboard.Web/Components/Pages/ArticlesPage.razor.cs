using Dashboard.Data.Queries;
using Dashboard.Web.Components.Articles;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.Navigation;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The stored articles that have facts matching the URL filter (all articles when unfiltered), paged in SQL.</summary>
public partial class ArticlesPage : FilteredPageBase
{
    private static readonly int[] PageSizes = [25, 50, 100];

    [Inject] public required IDashboardQueries Queries { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IStringLocalizer<ArticlesStrings> L { get; set; }
    [Inject] public required IStringLocalizer<FactsStrings> FactsL { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Shared { get; set; }

    private FactWords Words = null!;
    private int? _total;
    private string? _loadError;

    /// <summary>Keys the grid: a new filter gives a fresh grid on its first page.</summary>
    private string FilterQueryString => FactFilterQuery.ToQueryString(Filter);

    protected override void OnInitialized() => Words = new FactWords(Shared, FactsL);

    private static string UrlFor(FactFilter filter) => DashboardUrls.Articles(filter);

    private async Task<GridData<ArticleRow>> LoadArticlesAsync(GridState<ArticleRow> state, CancellationToken ct)
    {
        try
        {
            var page = await Queries.GetArticlesPageAsync(Filter, state.Page, state.PageSize, ct);
            _total = page.Total;
            _loadError = null;
            return new GridData<ArticleRow> { Items = page.Items, TotalItems = page.Total };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new GridData<ArticleRow> { Items = [], TotalItems = _total ?? 0 };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = ex.Message;
            _total = 0;
            return new GridData<ArticleRow> { Items = [], TotalItems = 0 };
        }
    }

    private void OpenArticle(DataGridRowClickEventArgs<ArticleRow> args) => Navigation.NavigateTo(DashboardUrls.Article(args.Item.Id));
}
