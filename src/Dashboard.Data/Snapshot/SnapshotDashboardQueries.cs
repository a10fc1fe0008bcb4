using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// <see cref="IExportQueries"/> with the overview's aggregates and the facts explorer's pages computed over the
/// current <see cref="StoreSnapshot"/>, every call afresh; streams, article lists and single articles read SQL
/// (<see cref="DashboardQueries"/>). <see cref="CachedDashboardQueries"/> keeps its results per filter.
/// </summary>
public sealed class SnapshotDashboardQueries(DashboardQueries sql, StoreSnapshotSource snapshots, IDbContextFactory<DashboardDbContext> contexts) : IExportQueries
{
    internal StoreSnapshotSource Snapshots => snapshots;
    internal DashboardQueries Sql => sql;
    internal SnapshotQueries Computed { get; } = new(contexts);

    public async Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        Computed.Cards(await snapshots.GetAsync(ct), filter, mode);

    public async Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default) =>
        Computed.Monthly(await snapshots.GetAsync(ct), filter, seriesBy, mode);

    public async Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        Computed.BySource(await snapshots.GetAsync(ct), filter, mode);

    public async Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default) =>
        await Computed.ClaimsAsync(await snapshots.GetAsync(ct), filter, ct);

    public async Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default) =>
        await Computed.FundingAsync(await snapshots.GetAsync(ct), filter, ct);

    public async Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default) =>
        await Computed.TimelineAsync(await snapshots.GetAsync(ct), filter, limit, ct);

    public async Task<Page<FactRow>> GetFactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default)
    {
        DashboardQueries.CheckPage(pageIndex, pageSize);
        return await Computed.FactsPageAsync(await snapshots.GetAsync(ct), filter, sort, pageIndex, pageSize, ct);
    }

    public IAsyncEnumerable<FactRow> StreamFactsAsync(FactFilter filter, FactSort sort, CancellationToken ct = default) => sql.StreamFactsAsync(filter, sort, ct);

    public Task<Page<ArticleRow>> GetArticlesPageAsync(FactFilter filter, int pageIndex, int pageSize, CancellationToken ct = default) =>
        sql.GetArticlesPageAsync(filter, pageIndex, pageSize, ct);

    public IAsyncEnumerable<ArticleRow> StreamArticlesAsync(FactFilter filter, CancellationToken ct = default) => sql.StreamArticlesAsync(filter, ct);

    public Task<ArticleDetail?> GetArticleAsync(int id, CancellationToken ct = default) => sql.GetArticleAsync(id, ct);

    public Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default) => sql.GetFilterOptionsAsync(ct);

    public Task<IReadOnlyList<OutletRow>> GetOutletsAsync(CancellationToken ct = default) => sql.GetOutletsAsync(ct);
}
