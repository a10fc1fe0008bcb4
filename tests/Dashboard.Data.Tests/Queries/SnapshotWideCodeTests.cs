using Dashboard.Data.Bench;
using Dashboard.Data.Queries;
using Dashboard.Data.Snapshot;
using Dashboard.Data.Tests.Infrastructure;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using static Dashboard.Data.Tests.Queries.SnapshotQueryTests;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// The snapshot keeps text columns as two-byte codes; a store with more distinct claimants than two bytes number
/// (65,535) is read into four-byte codes, whether the whole store's read or an append meets the first code past them.
/// One store of 70,000 facts for both, to keep the suite light.
/// </summary>
public sealed class SnapshotWideCodeTests : IAsyncLifetime
{
    private TempDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync(configureServices: s => s.AddDashboardQueries(), initialize: false);
        await SyntheticDatabase.CreateAsync(_database.DatabasePath, facts: 70_000, articles: 7_000, seed: 5);
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    private IDashboardQueries Snapshot => _database.Get<IDashboardQueries>();
    private DashboardQueries Sql => _database.Get<DashboardQueries>();
    private StoreSnapshotSource Source => _database.Get<StoreSnapshotSource>();

    private Task ExecuteAsync(string sql) => _database.ExecuteAsync(sql);

    [Fact]
    public async Task Codes_past_two_bytes_widen_the_columns_whether_an_append_or_a_whole_read_meets_them()
    {
        // 60,000 claimants: still two bytes.
        await ExecuteAsync("UPDATE Facts SET Attribution = 'مصدر ' || Id WHERE Id <= 60000;");
        await AssertSameAsSqlAsync(Snapshot, "60,000 claimants");
        Assert.False((await Source.GetAsync()).Facts.WideCodes);

        // 10,000 more arrive with the rows of the articles they changed (an append, not a whole read): past 65,535.
        await ExecuteAsync("UPDATE Facts SET Attribution = 'جهة ' || Id WHERE Id > 60000;");
        await AssertSameAsSqlAsync(Snapshot, "70,000 claimants");
        var appended = await Source.GetAsync();
        Assert.True(appended.Facts.WideCodes);
        Assert.True(appended.DeadFacts > 0, "the changed articles were read again, not the whole store");
        Assert.True(appended.Attributions.Count > CodeColumn.NarrowMax + 1);

        // Every fact its own claimant and confidence, read whole by a process starting afresh: its table starts with
        // two-byte codes and widens on the way.
        await ExecuteAsync("UPDATE Facts SET Attribution = 'طرف ' || Id, Confidence = ((Id * 7919) % 70001) / 70001.0;");
        using var afresh = new StoreSnapshotSource(_database.Factory);
        var readWhole = new SnapshotDashboardQueries(Sql, afresh, _database.Factory);
        await AssertSameAsSqlAsync(readWhole, "every fact its own claimant and confidence");
        foreach (var descending in new[] { true, false })
        {
            var sort = new FactSort(FactSortColumn.Confidence, descending);
            AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, 2, 30), await readWhole.GetFactsPageAsync(FactFilter.None, sort, 2, 30), $"page by confidence {descending}");
        }
        var whole = await afresh.GetAsync();
        Assert.True(whole.Facts.WideCodes);
        Assert.Equal(0, whole.DeadFacts);
    }

    private async Task AssertSameAsSqlAsync(IDashboardQueries snapshot, string state)
    {
        var lastClaimant = new FactFilter { Claimants = [await LastClaimantAsync()] };
        foreach (var filter in new[] { FactFilter.None, lastClaimant, new FactFilter { Kinds = [FactKind.Killed], OutletIds = [3] } })
        {
            var label = $"{FactFilterQuery.ToQueryString(filter)} with {state}";
            AssertSame(await Sql.GetCardsAsync(filter, ValueMode.Min), await snapshot.GetCardsAsync(filter, ValueMode.Min), $"cards {label}");
            AssertSame(await Sql.GetBySourceAsync(filter, ValueMode.Max), await snapshot.GetBySourceAsync(filter, ValueMode.Max), $"by source {label}");
            AssertSame(await Sql.GetMonthlyTotalsAsync(filter, SeriesBy.Claimant, ValueMode.Min), await snapshot.GetMonthlyTotalsAsync(filter, SeriesBy.Claimant, ValueMode.Min),
                $"monthly by claimant {label}");
            AssertSame(await Sql.GetCumulativeClaimsAsync(filter), await snapshot.GetCumulativeClaimsAsync(filter), $"claims {label}");
            var sort = new FactSort(FactSortColumn.Attribution, Descending: true);
            AssertSame(await Sql.GetFactsPageAsync(filter, sort, 0, 30), await snapshot.GetFactsPageAsync(filter, sort, 0, 30), $"page by claimant {label}");
        }
    }

    private async Task<string> LastClaimantAsync() =>
        (string)(await _database.ScalarAsync("SELECT Attribution FROM Facts WHERE Attribution IS NOT NULL ORDER BY Id DESC LIMIT 1"))!;
}
