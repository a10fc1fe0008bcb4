using Dashboard.Data.Snapshot;
using Dashboard.Data.Tests.Queries;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Snapshot;

/// <summary>
/// Every aggregate asks the source for the current snapshot, so the look at the store's mark is the hot path: it must
/// not build a context when nothing changed, and must still see a change committed by any connection.
/// </summary>
public sealed class StoreSnapshotSourceTests : IAsyncLifetime
{
    private QueryTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await QueryTestDatabase.CreateAsync();
        var outlet = QueryTestDatabase.Outlet("السومرية");
        var article = QueryTestDatabase.Article(outlet, "أول", new DateOnly(2018, 3, 1));
        await _database.AddAsync(outlet, article, QueryTestDatabase.Fact(article, FactKind.Killed, 3, 3));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_unchanged_store_is_checked_without_a_context_and_gives_the_same_snapshot()
    {
        var contexts = new CountingContexts(_database.Contexts);
        using var source = new StoreSnapshotSource(contexts);
        var first = await source.GetAsync();
        var createdByFirstRead = contexts.Created;

        for (var i = 0; i < 20; i++)
        {
            Assert.Same(first, await source.GetAsync());
        }

        Assert.True(createdByFirstRead >= 1);
        // One more, once, to learn the connection string the plain look uses.
        Assert.InRange(contexts.Created - createdByFirstRead, 0, 1);
    }

    [Fact]
    public async Task A_change_committed_elsewhere_is_seen_by_the_next_look()
    {
        var contexts = new CountingContexts(_database.Contexts);
        using var source = new StoreSnapshotSource(contexts);
        var first = await source.GetAsync();
        Assert.Same(first, await source.GetAsync());
        Assert.Equal(1, first.FactCount);

        // Another connection (as the command line or a second process would) appends an article with a fact.
        var outlet = QueryTestDatabase.Outlet("الفرات");
        var article = QueryTestDatabase.Article(outlet, "ثان", new DateOnly(2018, 4, 1));
        await _database.AddAsync(outlet, article, QueryTestDatabase.Fact(article, FactKind.Arrested, 7, 7));

        var next = await source.GetAsync();
        Assert.NotSame(first, next);
        Assert.NotEqual(first.Mark, next.Mark);
        Assert.Equal(2, next.FactCount);
        Assert.Same(next, await source.GetAsync());
    }

    [Fact]
    public async Task Callers_that_see_the_same_change_build_one_context_between_them()
    {
        var contexts = new CountingContexts(_database.Contexts);
        using var source = new StoreSnapshotSource(contexts);
        var first = await source.GetAsync();
        await source.GetAsync();
        var before = contexts.Created;

        var outlet = QueryTestDatabase.Outlet("الفرات");
        var article = QueryTestDatabase.Article(outlet, "ثان", new DateOnly(2018, 4, 1));
        await _database.AddAsync(outlet, article, QueryTestDatabase.Fact(article, FactKind.Arrested, 7, 7));
        // Fifty requests at once after a commit: one brings the snapshot up to date (slowly, as at a million facts),
        // the others wait for it and take it, without a context (and a pooled connection) each.
        contexts.SlowNext = TimeSpan.FromMilliseconds(300);
        var snapshots = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => source.GetAsync())));

        Assert.All(snapshots, s => Assert.Equal(2, s.FactCount));
        Assert.Single(snapshots.Distinct());
        Assert.NotSame(first, snapshots[0]);
        Assert.Equal(1, contexts.Created - before);
    }

    private sealed class CountingContexts(IDbContextFactory<DashboardDbContext> inner) : IDbContextFactory<DashboardDbContext>
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        /// <summary>How long the next context takes to be made, so that other callers arrive meanwhile.</summary>
        public TimeSpan? SlowNext { get; set; }

        public DashboardDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            if (SlowNext is { } delay)
            {
                SlowNext = null;
                Thread.Sleep(delay);
            }
            return inner.CreateDbContext();
        }
    }
}
