using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The stored articles that have facts matching the URL filter (all articles when unfiltered), paged in SQL.</summary>
public partial class ArticlesPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    [Inject] public required IDashboardQueries Queries { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IStringLocalizer<ArticlesText> L { get; set; }
    [Inject] public required IStringLocalizer<FactsText> Words { get; set; }

    private int? _total;
    private string? _loadError;

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

    private void OpenArticle(DataGridRowClickEventArgs<ArticleRow> args) => Navigation.NavigateTo(FactsLinks.Article(args.Item.Id));
}
