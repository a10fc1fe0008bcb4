using Dashboard.Data.Snapshot;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Data.Queries;

/// <summary>
/// The dashboard's reads. The overview's aggregates and the facts explorer's pages are computed over the in-memory
/// <see cref="StoreSnapshot"/> (kept current by <see cref="StoreSnapshotSource"/>), and aggregates are kept per filter
/// so that repeated views and simultaneous clients do not compute them again. Identical requests in flight share one
/// computation, and at most <see cref="MaxConcurrentComputations"/> computations run at once: a burst queues instead
/// of starving the cores. Streams, article lists and single articles go straight to <see cref="DashboardQueries"/>.
/// Results of a store state older than the latest seen are let go at once (they can never be asked for again), and
/// the monthly totals of the next state reuse the points a commit did not change.
/// </summary>
/// <remarks>
/// A result is never served after a change it did not see. Every key holds the in-process <see cref="DataVersion"/>
/// (bumped by ingestion after each commit) and the store's mark read from the file on each call: the highest ids
/// (appends, by any process) and a counter that triggers move on every update or delete (re-extraction, metadata
/// edits, by any process).
/// </remarks>
public sealed class CachedDashboardQueries : IExportQueries, IDisposable
{
    /// <summary>
    /// How long an unused result may be kept. Not a freshness bound: the store's mark in every key already keeps a
    /// result from outliving a change; this lets results of filters no one looks at any more go.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    public static int MaxConcurrentComputations { get; } = Math.Max(1, Environment.ProcessorCount);

    // Size units are roughly "100 rows", so long lists (up to 10,000 claims) weigh what they cost in memory.
    private const int RowsPerSizeUnit = 100;
    private const long SizeLimit = 4_000;

    private readonly SnapshotDashboardQueries _inner;
    private readonly DashboardQueries _sql;
    private readonly StoreSnapshotSource _snapshots;
    private readonly SnapshotQueries _computed;
    private readonly DataVersion _dataVersion;
    private readonly MemoryCache _results = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly SemaphoreSlim _computations = new(MaxConcurrentComputations);
    private readonly Lock _gate = new();

    public CachedDashboardQueries(SnapshotDashboardQueries inner, DataVersion dataVersion)
    {
        _inner = inner;
        _sql = inner.Sql;
        _snapshots = inner.Snapshots;
        _computed = inner.Computed;
        _dataVersion = dataVersion;
    }

    /// <summary>How many results are kept now.</summary>
    internal int KeptResults => _results.Count;

    /// <summary>The turns computations wait for (a test holds them to make computations wait).</summary>
    internal SemaphoreSlim ComputationTurns => _computations;

    private enum Aggregate { Cards, Monthly, BySource, Claims, Funding, Timeline, FilterOptions, Outlets }

    private sealed record Key(Aggregate Aggregate, FactFilter? Filter, ValueMode Mode, SeriesBy SeriesBy, int Limit, long Version, StoreMark Mark);

    public Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        GetAsync(Aggregate.Cards, filter, mode, default, 0, (s, _, _) => Task.FromResult(_computed.Cards(s, filter, mode)), _ => 1, ct);

    public Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default) =>
        GetAsync(Aggregate.Monthly, filter, mode, seriesBy, 0,
            (s, earlier, _) => Task.FromResult(_computed.Monthly(s, filter, seriesBy, mode, earlier as IReadOnlyList<MonthlyPoint>)), r => r.Count, ct);

    public Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default) =>
        GetAsync(Aggregate.BySource, filter, mode, default, 0, (s, _, _) => Task.FromResult(_computed.BySource(s, filter, mode)),
            r => r.ByOutlet.Count + r.ByClaimant.Count, ct);

    public Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default) =>
        GetAsync(Aggregate.Claims, filter, default, default, 0, (s, _, c) => _computed.ClaimsAsync(s, filter, c), r => r.Count, ct);

    public Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default) =>
        GetAsync(Aggregate.Funding, filter, default, default, 0, (s, _, c) => _computed.FundingAsync(s, filter, c), r => r.Count, ct);

    public Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default) =>
        GetAsync(Aggregate.Timeline, filter, default, default, limit, (s, _, c) => _computed.TimelineAsync(s, filter, limit, c), r => r.Count, ct);

    public Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default) =>
        GetAsync(Aggregate.FilterOptions, null, default, default, 0, (_, _, c) => _sql.GetFilterOptionsAsync(c),
            r => r.Outlets.Count + r.Claimants.Count + r.Governorates.Count, ct);

    public Task<IReadOnlyList<OutletRow>> GetOutletsAsync(CancellationToken ct = default) =>
        GetAsync(Aggregate.Outlets, null, default, default, 0, (_, _, c) => _sql.GetOutletsAsync(c), r => r.Count, ct);

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
        Func<StoreSnapshot, object?, CancellationToken, Task<T>> compute, Func<T, int> rows, CancellationToken ct, bool redirected = false) where T : class
    {
        // Read the version before the mark: a change committed in between gives a newer mark, never an older one.
        var version = _dataVersion.Value;
        var snapshot = await _snapshots.GetAsync(ct);
        var key = new Key(aggregate, filter, mode, seriesBy, limit, version, snapshot.Mark);

        Task<object> shared;
        lock (_gate)
        {
            var state = StateFor(version, snapshot);
            if (state is null)
            {
                // A caller still holding an older state than others have seen: its answer will not be asked for again.
                shared = ComputeAsync(key, c => compute(snapshot, null, c), rows, null, null);
            }
            else
            {
                if (!_results.TryGetValue(key, out Task<object>? cached) || cached is null)
                {
                    // Asked again only once: a caller is not sent round while commits keep coming.
                    Func<Task<object>>? again = redirected ? null
                        : async () => await GetAsync(aggregate, filter, mode, seriesBy, limit, compute, rows, CancellationToken.None, redirected: true);
                    var earlier = state.Earlier(key);
                    cached = ComputeAsync(key, c => compute(snapshot, earlier, c), rows, state, again);
                    // Sized as one unit until the rows are known (see ComputeAsync).
                    _results.Set(key, cached, EntryOptions(1, state));
                    state.Keys.Add(key);
                }
                shared = cached;
            }
        }
        // The computation is shared: one caller giving up does not cancel it for the others (or for the next view).
        return (T)await shared.WaitAsync(ct);
    }

    /// <summary>
    /// The store as the latest callers saw it (in-process version, snapshot), and the keys of the results computed
    /// for it. A result keyed by an older state can never be asked for again; kept until the cache's size or
    /// age let it go, the results of every filter for the state before a commit stayed alive beside the new ones
    /// through every commit of an ingestion.
    /// </summary>
    private sealed class StoreState(long version, long generation)
    {
        public long Version { get; } = version;
        public long Generation { get; } = generation;

        /// <summary>The keys of the results kept for this state, removed from the cache once a newer state is seen.</summary>
        public HashSet<Key> Keys { get; } = [];

        // The latest monthly totals of earlier states, by question: not kept alive, only used while the collector has
        // not taken them (see SnapshotQueries.Monthly).
        private Dictionary<Key, WeakReference<object>>? _earlier;

        /// <summary>
        /// Remembers the monthly totals an older state computed, and those it remembered for questions it was not
        /// asked: commits a few hundred milliseconds apart leave states that compute nothing before the next.
        /// </summary>
        public void RememberEarlier(StoreState older, Func<Key, object?> result)
        {
            foreach (var (question, earlier) in older._earlier ?? [])
            {
                if (earlier.TryGetTarget(out _)) (_earlier ??= [])[question] = earlier;
            }
            foreach (var key in older.Keys)
            {
                if (key.Aggregate == Aggregate.Monthly && result(key) is { } computed)
                    (_earlier ??= [])[Unversioned(key)] = new WeakReference<object>(computed);
            }
        }

        /// <summary>The earlier state's answer to the same question, if one is remembered and still in memory.</summary>
        public object? Earlier(Key key) =>
            _earlier is not null && _earlier.TryGetValue(Unversioned(key), out var earlier) && earlier.TryGetTarget(out var result)
                ? result
                : null;

        private static Key Unversioned(Key key) => key with { Version = 0, Mark = default };
    }

    private StoreState? _latest;

    // Under _gate. Null when the caller's state is older than the latest seen.
    private StoreState? StateFor(long version, StoreSnapshot snapshot)
    {
        var latest = _latest;
        if (latest is not null && latest.Version == version && latest.Generation == snapshot.Generation) return latest;
        if (latest is not null && (version < latest.Version || snapshot.Generation < latest.Generation)) return null;
        var next = new StoreState(version, snapshot.Generation);
        if (latest is null) return _latest = next;
        next.RememberEarlier(latest, key =>
            _results.TryGetValue(key, out Task<object>? result) && result is { IsCompletedSuccessfully: true } ? result.Result : null);
        // Computations in flight for the older state still answer their callers.
        foreach (var old in latest.Keys.ToArray()) _results.Remove(old);
        return _latest = next;
    }

    private bool IsLatest(StoreState? state)
    {
        lock (_gate)
        {
            return ReferenceEquals(state, _latest);
        }
    }

    private async Task<object> ComputeAsync<T>(Key key, Func<CancellationToken, Task<T>> compute, Func<T, int> rows, StoreState? state,
        Func<Task<object>>? again) where T : class
    {
        // Start off the caller's stack so the entry is in the cache before the work begins, and off its
        // synchronization context: a Blazor circuit runs one thing at a time, and the page asks for six aggregates
        // at once, which should take both cores, not one after the other.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        await _computations.WaitAsync();
        if (again is not null && !IsLatest(state))
        {
            // The store moved while this waited its turn (commits of an ingestion come a few hundred milliseconds apart):
            // the answer for the newer state serves these callers too, never older than what they saw, and is the one
            // the next callers share. Computing this one would only make garbage: its entry has been let go.
            _computations.Release();
            return await again();
        }
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
            if (state is not null && ReferenceEquals(state, _latest) && _results.TryGetValue(key, out Task<object>? current) && current is not null)
                _results.Set(key, current, EntryOptions(1 + rows(result) / RowsPerSizeUnit, state));
        }
        return result;
    }

    private MemoryCacheEntryOptions EntryOptions(long size, StoreState state) =>
        new MemoryCacheEntryOptions { Size = size, SlidingExpiration = MaxAge }.RegisterPostEvictionCallback(Forget, state);

    // A result let go for its size or age leaves its state's keys too (replacing it with its sized entry does not).
    private void Forget(object key, object? value, EvictionReason reason, object? state)
    {
        if (reason == EvictionReason.Replaced) return;
        lock (_gate)
        {
            ((StoreState)state!).Keys.Remove((Key)key);
        }
    }

    public void Dispose()
    {
        _results.Dispose();
        _computations.Dispose();
    }
}
