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

    private sealed class CountingContexts(IDbContextFactory<DashboardDbContext> inner) : IDbContextFactory<DashboardDbContext>
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public DashboardDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            return inner.CreateDbContext();
        }
    }
}
