using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Data.Queries;

/// <summary>
/// The overview's aggregates, kept in memory per filter so that repeated views and simultaneous clients do not
/// aggregate the whole store again. Identical requests in flight share one computation, and at most
/// <see cref="MaxConcurrentComputations"/> computations run at once: a burst queues instead of starving the cores.
/// Lists (pages, streams, one article) go straight to <see cref="DashboardQueries"/>.
/// </summary>
/// <remarks>
/// A result is never served after a change it did not see. Every key holds the in-process <see cref="DataVersion"/>
/// (bumped by ingestion after each commit) and a store marker read from the file, the highest article and fact ids,
/// which moves when another process (the CLI) adds articles or re-extracts facts. Changes the marker cannot see
/// (another process editing metadata in place) show within <see cref="MaxAge"/>.
/// </remarks>
public sealed class CachedDashboardQueries : IExportQueries, IDisposable
{
    /// <summary>How long a result may be kept at most.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public static int MaxConcurrentComputations { get; } = Math.Max(1, Environment.ProcessorCount);

    // Size units are roughly "100 rows", so long lists (up to 10,000 claims) weigh what they cost in memory.
    private const int RowsPerSizeUnit = 100;
    private const long SizeLimit = 4_000;

    private readonly DashboardQueries _inner;
    private readonly IDbContextFactory<DashboardDbContext> _contexts;
    private readonly DataVersion _dataVersion;
    private readonly MemoryCache _results = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly SemaphoreSlim _computations = new(MaxConcurrentComputations);
    private readonly Lock _gate = new();

    public CachedDashboardQueries(DashboardQueries inner, IDbContextFactory<DashboardDbContext> contexts, DataVersion dataVersion)
    {
        _inner = inner;
        _contexts = contexts;
        _dataVersion = dataVersion;
    }

    private enum Aggregate { Cards, Monthly, BySource, Claims, Funding, Timeline, FilterOptions, Outlets }

    private sealed record Key(Aggregate Aggregate, FactFilter? Filter, ValueMode Mode, SeriesBy SeriesBy, int Limit, long Version, StoreMarker Marker);

    private readonly record struct StoreMarker(long LastArticleId, long LastFactId);

    public Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        GetAsync(Aggregate.Cards, filter, mode, default, 0, c => _inner.GetCardsAsync(filter, mode, c), _ => 1, ct);

    public Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default) =>
        GetAsync(Aggregate.Monthly, filter, mode, seriesBy, 0, c => _inner.GetMonthlyTotalsAsync(filter, seriesBy, mode, c), r => r.Count, ct);

    public Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        GetAsync(Aggregate.BySource, filter, mode, default, 0, c => _inner.GetBySourceAsync(filter, mode, c), r => r.ByOutlet.Count + r.ByClaimant.Count, ct);

    public Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default) =>
        GetAsync(Aggregate.Claims, filter, default, default, 0, c => _inner.GetCumulativeClaimsAsync(filter, c), r => r.Count, ct);

    public Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default) =>
        GetAsync(Aggregate.Funding, filter, default, default, 0, c => _inner.GetFundingAsync(filter, c), r => r.Count, ct);

    public Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default) =>
        GetAsync(Aggregate.Timeline, filter, default, default, limit, c => _inner.GetTimelineAsync(filter, limit, c), r => r.Count, ct);

    public Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default) =>
        GetAsync(Aggregate.FilterOptions, null, default, default, 0, _inner.GetFilterOptionsAsync,
            r => r.Outlets.Count + r.Claimants.Count + r.Governorates.Count, ct);

    public Task<IReadOnlyList<OutletRow>> GetOutletsAsync(CancellationToken ct = default) =>
        GetAsync(Aggregate.Outlets, null, default, default, 0, _inner.GetOutletsAsync, r => r.Count, ct);

    public Task<Page<FactRow>> GetFactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default) =>
        _inner.GetFactsPageAsync(filter, sort, pageIndex, pageSize, ct);

    public IAsyncEnumerable<FactRow> StreamFactsAsync(FactFilter filter, FactSort sort, CancellationToken ct = default) =>
        _inner.StreamFactsAsync(filter, sort, ct);

    public Task<Page<ArticleRow>> GetArticlesPageAsync(FactFilter filter, int pageIndex, int pageSize, CancellationToken ct = default) =>
        _inner.GetArticlesPageAsync(filter, pageIndex, pageSize, ct);

    public IAsyncEnumerable<ArticleRow> StreamArticlesAsync(FactFilter filter, CancellationToken ct = default) =>
        _inner.StreamArticlesAsync(filter, ct);

    public Task<ArticleDetail?> GetArticleAsync(int id, CancellationToken ct = default) => _inner.GetArticleAsync(id, ct);

    private async Task<T> GetAsync<T>(Aggregate aggregate, FactFilter? filter, ValueMode mode, SeriesBy seriesBy, int limit,
        Func<CancellationToken, Task<T>> compute, Func<T, int> rows, CancellationToken ct) where T : class
    {
        // Read the version before the marker: a change committed in between gives a newer marker, never an older one.
        var version = _dataVersion.Value;
        var key = new Key(aggregate, filter, mode, seriesBy, limit, version, await ReadStoreMarkerAsync(ct));

        Task<object> shared;
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out Task<object>? cached) || cached is null)
            {
                cached = ComputeAsync(key, compute, rows);
                // Sized as one unit until the rows are known (see ComputeAsync).
                _results.Set(key, cached, EntryOptions(1));
            }
            shared = cached;
        }
        // The computation is shared: one caller giving up does not cancel it for the others (or for the next view).
        return (T)await shared.WaitAsync(ct);
    }

    private async Task<object> ComputeAsync<T>(Key key, Func<CancellationToken, Task<T>> compute, Func<T, int> rows) where T : class
    {
        // Start off the caller's stack so the entry is in the cache before the work begins.
        await Task.Yield();
        await _computations.WaitAsync();
        T result;
        try
        {
            result = await compute(CancellationToken.None);
        }
        catch
        {
            // A failure is not kept: the next request tries again.
            lock (_gate)
            {
                _results.Remove(key);
            }
            throw;
        }
        finally
        {
            _computations.Release();
        }
        lock (_gate)
        {
            if (_results.TryGetValue(key, out Task<object>? current) && current is not null)
                _results.Set(key, current, EntryOptions(1 + rows(result) / RowsPerSizeUnit));
        }
        return result;
    }

    private static MemoryCacheEntryOptions EntryOptions(long size) =>
        new() { Size = size, AbsoluteExpirationRelativeToNow = MaxAge };

    private async Task<StoreMarker> ReadStoreMarkerAsync(CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using DbCommand command = connection.CreateCommand();
        // Both are rowid look-ups (the last row of each table's B-tree), not scans.
        command.CommandText = "SELECT (SELECT IFNULL(MAX(Id), 0) FROM Articles), (SELECT IFNULL(MAX(Id), 0) FROM Facts)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new StoreMarker(reader.GetInt64(0), reader.GetInt64(1));
    }

    public void Dispose()
    {
        _results.Dispose();
        _computations.Dispose();
    }
}
