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
    public async Task Claimants_past_two_bytes_of_codes_arriving_in_an_append_widen_the_columns()
    {
        // 60,000 claimants: still two bytes.
        await ExecuteAsync("UPDATE Facts SET Attribution = 'مصدر ' || Id WHERE Id <= 60000;");
        await AssertSameAsSqlAsync("60,000 claimants");
        Assert.False((await Source.GetAsync()).Facts.WideCodes);

        // 10,000 more arrive with the rows of the articles they changed (an append, not a full read): past 65,535.
        await ExecuteAsync("UPDATE Facts SET Attribution = 'جهة ' || Id WHERE Id > 60000;");
        await AssertSameAsSqlAsync("70,000 claimants");
        var snapshot = await Source.GetAsync();
        Assert.True(snapshot.Facts.WideCodes);
        Assert.True(snapshot.DeadFacts > 0, "the changed articles were read again, not the whole store");
        Assert.True(snapshot.Attributions.Count > CodeColumn.NarrowMax + 1);
    }

    [Fact]
    public async Task A_store_read_whole_with_more_claimants_than_two_bytes_number_reads_them_all()
    {
        await ExecuteAsync("UPDATE Facts SET Attribution = 'طرف ' || Id, Confidence = ((Id * 7919) % 70001) / 70001.0;");

        await AssertSameAsSqlAsync("every fact its own claimant and confidence");
        foreach (var descending in new[] { true, false })
        {
            var sort = new FactSort(FactSortColumn.Confidence, descending);
            AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, 2, 30), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 2, 30), $"page by confidence {descending}");
        }
        var snapshot = await Source.GetAsync();
        Assert.True(snapshot.Facts.WideCodes);
        Assert.Equal(0, snapshot.DeadFacts);
    }

    private async Task AssertSameAsSqlAsync(string state)
    {
        var lastClaimant = new FactFilter { Claimants = [await LastClaimantAsync()] };
        foreach (var filter in new[] { FactFilter.None, lastClaimant, new FactFilter { Kinds = [FactKind.Killed], OutletIds = [3] } })
        {
            var label = $"{FactFilterQuery.ToQueryString(filter)} with {state}";
            AssertSame(await Sql.GetCardsAsync(filter, ValueMode.Min), await Snapshot.GetCardsAsync(filter, ValueMode.Min), $"cards {label}");
            AssertSame(await Sql.GetBySourceAsync(filter, ValueMode.Max), await Snapshot.GetBySourceAsync(filter, ValueMode.Max), $"by source {label}");
            AssertSame(await Sql.GetMonthlyTotalsAsync(filter, SeriesBy.Claimant, ValueMode.Min), await Snapshot.GetMonthlyTotalsAsync(filter, SeriesBy.Claimant, ValueMode.Min),
                $"monthly by claimant {label}");
            AssertSame(await Sql.GetCumulativeClaimsAsync(filter), await Snapshot.GetCumulativeClaimsAsync(filter), $"claims {label}");
            var sort = new FactSort(FactSortColumn.Attribution, Descending: true);
            AssertSame(await Sql.GetFactsPageAsync(filter, sort, 0, 30), await Snapshot.GetFactsPageAsync(filter, sort, 0, 30), $"page by claimant {label}");
        }
    }

    private async Task<string> LastClaimantAsync() =>
        (string)(await _database.ScalarAsync("SELECT Attribution FROM Facts WHERE Attribution IS NOT NULL ORDER BY Id DESC LIMIT 1"))!;
}
