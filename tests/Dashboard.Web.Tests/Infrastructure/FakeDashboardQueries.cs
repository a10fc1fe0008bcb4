using Dashboard.Data.Queries;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>Canned query results for component tests; records the filters and modes it was asked for.</summary>
public sealed class FakeDashboardQueries : IDashboardQueries
{
    public OverviewCards Cards { get; set; } = new(0, 0, 0, [], [], null, null);
    public IReadOnlyList<MonthlyPoint> Monthly { get; set; } = [];
    public SourceBreakdown BySource { get; set; } = new([], []);
    public IReadOnlyList<ClaimSpan> Claims { get; set; } = [];
    public IReadOnlyList<FundingPoint> Funding { get; set; } = [];
    public IReadOnlyList<TimelineEvent> Timeline { get; set; } = [];
    public FilterOptions Options { get; set; } = new([], [], []);
    /// <summary>When set, every overview read fails with it (to test error states).</summary>
    public Exception? Failure { get; set; }

    public List<(FactFilter Filter, ValueMode Mode)> CardRequests { get; } = [];
    public List<(FactFilter Filter, SeriesBy SeriesBy, ValueMode Mode)> MonthlyRequests { get; } = [];

    public Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default)
    {
        CardRequests.Add((filter, mode));
        return Answer(Cards);
    }

    public Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default)
    {
        MonthlyRequests.Add((filter, seriesBy, mode));
        return Answer(Monthly);
    }

    public Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) => Answer(BySource);
    public Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default) => Answer(Claims);
    public Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default) => Answer(Funding);
    public Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default) => Answer(Timeline);
    public Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default) => Task.FromResult(Options);

    public Task<Page<FactRow>> GetFactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default) =>
        Task.FromResult(new Page<FactRow>([], 0, pageIndex, pageSize));

    public async IAsyncEnumerable<FactRow> StreamFactsAsync(FactFilter filter, FactSort sort, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task<Page<ArticleRow>> GetArticlesPageAsync(FactFilter filter, int pageIndex, int pageSize, CancellationToken ct = default) =>
        Task.FromResult(new Page<ArticleRow>([], 0, pageIndex, pageSize));

    public Task<ArticleDetail?> GetArticleAsync(int id, CancellationToken ct = default) => Task.FromResult<ArticleDetail?>(null);

    private Task<T> Answer<T>(T value) => Failure is { } failure ? Task.FromException<T>(failure) : Task.FromResult(value);
}
