namespace Dashboard.Data.Queries;

/// <summary>The extra reads exports need beyond the dashboard's.</summary>
public interface IExportQueries : IDashboardQueries
{
    /// <summary>Streams every article the filter selects (the same rule as the articles page), newest first.</summary>
    IAsyncEnumerable<ArticleRow> StreamArticlesAsync(FactFilter filter, CancellationToken ct = default);
}
