namespace Dashboard.Data.Queries;

/// <summary>Reads that exports and the HTTP API need beyond the dashboard's.</summary>
public interface IExportQueries : IDashboardQueries
{
    /// <summary>Streams every article the filter selects (the same rule as the articles page), newest first.</summary>
    IAsyncEnumerable<ArticleRow> StreamArticlesAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>Every outlet with its article and fact counts, most articles first.</summary>
    Task<IReadOnlyList<OutletRow>> GetOutletsAsync(CancellationToken ct = default);
}
