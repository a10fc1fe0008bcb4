using System.Text.Json;
using Dashboard.Data.Bench;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Infrastructure;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// The in-memory snapshot answers exactly as SQL over the tables does: every overview aggregate and facts page, for
/// many filter combinations, on a real SQLite file filled with synthetic rows (nulls, both scopes, every qualifier,
/// ranges of dates), and again after the store changes under it.
/// </summary>
public sealed class SnapshotQueryTests : IAsyncLifetime
{
    private TempDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync(configureServices: s => s.AddDashboardQueries(), initialize: false);
        await SyntheticDatabase.CreateAsync(_database.DatabasePath, facts: 3000, articles: 600, seed: 11);
        // Some articles came without an outlet (a file with no metadata): their facts have none either.
        Execute("UPDATE Articles SET OutletId = NULL WHERE Id % 40 = 0; UPDATE Facts SET OutletId = NULL WHERE ArticleId % 40 = 0;");
    }

    // The first published article that has facts.
    private int EarliestArticleWithFacts()
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Articles WHERE FactCount > 0 AND PublishedOn IS NOT NULL ORDER BY PublishedOn, Id LIMIT 1";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    private IDashboardQueries Snapshot => _database.Get<IDashboardQueries>();
    private DashboardQueries Sql => _database.Get<DashboardQueries>();

    [Fact]
    public async Task Every_aggregate_equals_the_sql_answer_for_many_filters()
    {
        var filters = await FiltersAsync(count: 40);
        foreach (var filter in filters)
        {
            var label = FactFilterQuery.ToQueryString(filter);
            foreach (var mode in new[] { ValueMode.Min, ValueMode.Max })
            {
                AssertSame(await Sql.GetCardsAsync(filter, mode), await Snapshot.GetCardsAsync(filter, mode), $"cards {mode} {label}");
                AssertSame(await Sql.GetBySourceAsync(filter, mode), await Snapshot.GetBySourceAsync(filter, mode), $"by source {mode} {label}");
            }
            foreach (var series in Enum.GetValues<SeriesBy>())
            {
                AssertSame(await Sql.GetMonthlyTotalsAsync(filter, series, ValueMode.Min), await Snapshot.GetMonthlyTotalsAsync(filter, series, ValueMode.Min),
                    $"monthly by {series} {label}");
            }
            AssertSame(await Sql.GetCumulativeClaimsAsync(filter), await Snapshot.GetCumulativeClaimsAsync(filter), $"claims {label}");
            AssertSame(await Sql.GetFundingAsync(filter), await Snapshot.GetFundingAsync(filter), $"funding {label}");
            AssertSame(await Sql.GetTimelineAsync(filter, 60), await Snapshot.GetTimelineAsync(filter, 60), $"timeline {label}");
        }
    }

    [Fact]
    public async Task The_charts_names_for_no_claimant_and_no_place_filter_the_facts_without_one()
    {
        long Count(string sql)
        {
            using var connection = new SqliteConnection(_database.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        var withoutClaimant = Count("SELECT COUNT(*) FROM Facts WHERE Attribution IS NULL");
        var withoutPlace = Count("SELECT COUNT(*) FROM Facts WHERE Governorate IS NULL");
        var withoutOutlet = Count("SELECT COUNT(*) FROM Facts WHERE OutletId IS NULL");
        var articlesWithoutOutlet = Count("SELECT COUNT(*) FROM Articles WHERE OutletId IS NULL");
        Assert.True(withoutClaimant > 0 && withoutPlace > 0 && withoutOutlet > 0);

        var unattributed = new FactFilter { Claimants = [SeriesLabels.Unattributed] };
        var unknownPlace = new FactFilter { Governorates = [SeriesLabels.UnknownPlace] };
        var noOutlet = new FactFilter { OutletIds = [FactFilter.NoOutlet] };
        foreach (var queries in new IDashboardQueries[] { Snapshot, Sql })
        {
            Assert.Equal(withoutClaimant, (await queries.GetCardsAsync(unattributed, ValueMode.Min)).Facts);
            Assert.Equal(withoutPlace, (await queries.GetCardsAsync(unknownPlace, ValueMode.Min)).Facts);
            var cards = await queries.GetCardsAsync(noOutlet, ValueMode.Min);
            Assert.Equal((withoutOutlet, articlesWithoutOutlet, 0), (cards.Facts, cards.Articles, cards.Outlets));
            Assert.All((await queries.GetBySourceAsync(noOutlet, ValueMode.Min)).ByOutlet, p => Assert.Equal(SeriesLabels.NoOutlet, p.Source));
            Assert.Equal(articlesWithoutOutlet, (await queries.GetArticlesPageAsync(noOutlet, 0, 10)).Total);
            Assert.All((await queries.GetBySourceAsync(unattributed, ValueMode.Min)).ByClaimant, p => Assert.Equal(SeriesLabels.Unattributed, p.Source));
        }
        // With a named claimant beside it: both.
        var options = await Sql.GetFilterOptionsAsync();
        var named = Count($"SELECT COUNT(*) FROM Facts WHERE Attribution = '{options.Claimants[0].Replace("'", "''")}'");
        var both = new FactFilter { Claimants = [SeriesLabels.Unattributed, options.Claimants[0]] };
        Assert.Equal(withoutClaimant + named, (await Snapshot.GetCardsAsync(both, ValueMode.Min)).Facts);
    }

    [Fact]
    public async Task Other_figures_join_no_total_whatever_their_unit()
    {
        using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Facts WHERE Kind = 'other' AND Scope = 'incident' AND Unit <> 'percent'";
            Assert.True((long)command.ExecuteScalar()! > 0, "the synthetic store has other figures counted in countries");
        }
        foreach (var queries in new IDashboardQueries[] { Snapshot, Sql })
        {
            Assert.DoesNotContain((await queries.GetCardsAsync(FactFilter.None, ValueMode.Min)).IncidentTotals, t => t.Kind == FactKind.Other);
            Assert.DoesNotContain(await queries.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min), p => p.Kind == FactKind.Other);
            var bySource = await queries.GetBySourceAsync(FactFilter.None, ValueMode.Min);
            Assert.DoesNotContain(bySource.ByOutlet.Concat(bySource.ByClaimant), p => p.Kind == FactKind.Other);
        }
    }

    [Fact]
    public async Task Values_single_precision_would_round_add_up_and_sort_as_in_sql()
    {
        // The snapshot holds values as floats where that is exact; these are kept at full precision beside them. (Their
        // sums are exact in double precision: SQLite adds with compensation, the snapshot plainly, so values such as
        // 0.1 could differ in the last bits of a total, as they did before floats; see SnapshotColumnTests for 0.1.)
        Execute("UPDATE Facts SET Min = 16777217, Max = 16777219 WHERE Id % 7 = 0; UPDATE Facts SET Min = 0.25, Max = 123456789.25 WHERE Id % 11 = 0;");
        foreach (var filter in (await FiltersAsync(count: 6)).Take(6))
        {
            var label = FactFilterQuery.ToQueryString(filter);
            foreach (var mode in new[] { ValueMode.Min, ValueMode.Max })
            {
                AssertSame(await Sql.GetCardsAsync(filter, mode), await Snapshot.GetCardsAsync(filter, mode), $"cards {mode} {label}");
                AssertSame(await Sql.GetBySourceAsync(filter, mode), await Snapshot.GetBySourceAsync(filter, mode), $"by source {mode} {label}");
                AssertSame(await Sql.GetMonthlyTotalsAsync(filter, SeriesBy.Outlet, mode), await Snapshot.GetMonthlyTotalsAsync(filter, SeriesBy.Outlet, mode), $"monthly {mode} {label}");
            }
            AssertSame(await Sql.GetCumulativeClaimsAsync(filter), await Snapshot.GetCumulativeClaimsAsync(filter), $"claims {label}");
            AssertSame(await Sql.GetFundingAsync(filter), await Snapshot.GetFundingAsync(filter), $"funding {label}");
            foreach (var column in new[] { FactSortColumn.Min, FactSortColumn.Max })
            {
                var sort = new FactSort(column, Descending: true);
                AssertSame(await Sql.GetFactsPageAsync(filter, sort, 0, 25), await Snapshot.GetFactsPageAsync(filter, sort, 0, 25), $"page by {column} {label}");
            }
        }
        var claims = await Snapshot.GetCumulativeClaimsAsync(FactFilter.None);
        Assert.Contains(claims, c => c.Max == 123456789.25);
        Assert.Contains(claims, c => c.Min == 16777217);
    }

    [Fact]
    public async Task Every_sort_and_page_of_the_facts_list_equals_the_sql_answer()
    {
        var filters = (await FiltersAsync(count: 8)).Take(8);
        foreach (var filter in filters)
        {
            foreach (var column in Enum.GetValues<FactSortColumn>())
            {
                foreach (var descending in new[] { true, false })
                {
                    var sort = new FactSort(column, descending);
                    foreach (var page in new[] { 0, 3 })
                    {
                        var expected = await Sql.GetFactsPageAsync(filter, sort, page, 25);
                        var actual = await Snapshot.GetFactsPageAsync(filter, sort, page, 25);
                        AssertSame(expected, actual, $"page {page} by {column} {(descending ? "desc" : "asc")} {FactFilterQuery.ToQueryString(filter)}");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task A_snapshot_keeps_the_start_date_order_and_the_latest_others_and_sorts_again_when_asked()
    {
        foreach (var column in Enum.GetValues<FactSortColumn>()) await Snapshot.GetFactsPageAsync(FactFilter.None, new FactSort(column), 0, 10);
        var snapshot = await Source.GetAsync();
        Assert.Equal(1 + Dashboard.Data.Snapshot.StoreSnapshot.KeptOtherOrders, snapshot.HeldFactOrders);

        // The first columns asked for were let go; asked again, each is sorted again and still answers as SQL does.
        foreach (var column in Enum.GetValues<FactSortColumn>().Take(3))
        {
            var sort = new FactSort(column, Descending: false);
            AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, 2, 25), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 2, 25), $"{column} sorted again");
        }
        Assert.Equal(1 + Dashboard.Data.Snapshot.StoreSnapshot.KeptOtherOrders, snapshot.HeldFactOrders);
    }

    [Fact]
    public async Task Appended_rows_and_rewritten_rows_show_in_the_next_answer()
    {
        var before = await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min);
        // Sort orders computed now are extended (merged) with the appended rows rather than computed again.
        var sorts = Enum.GetValues<FactSortColumn>().SelectMany(c => new[] { new FactSort(c, true), new FactSort(c, false) }).ToList();
        foreach (var sort in sorts) await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 10);
        await Snapshot.GetTimelineAsync(FactFilter.None, 20);

        // An append: a new article with facts (ingestion through the app's own service).
        var ingestion = _database.Get<IIngestionService>();
        var summary = await ingestion.IngestAsync([IngestSource.FromBytes("new.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Strike))],
            new IngestOptions { Outlet = "وكالة جديدة", Published = new DateOnly(2023, 5, 9) });
        var stored = Assert.Single(summary.Files);
        Assert.Equal(IngestOutcome.Stored, stored.Outcome);
        var appended = await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min);
        Assert.Equal(before.Articles + 1, appended.Articles);
        AssertSame(await Sql.GetCardsAsync(FactFilter.None, ValueMode.Min), appended, "after an append");
        var newArticle = new FactFilter { OutletIds = [(await Sql.GetArticleAsync(stored.ArticleId!.Value))!.Article.OutletId!.Value] };
        foreach (var sort in sorts)
        {
            foreach (var filter in new[] { FactFilter.None, newArticle })
            {
                AssertSame(await Sql.GetFactsPageAsync(filter, sort, 0, 40), await Snapshot.GetFactsPageAsync(filter, sort, 0, 40), $"{sort} after an append");
            }
        }
        AssertSame(await Sql.GetTimelineAsync(newArticle, 40), await Snapshot.GetTimelineAsync(newArticle, 40), "timeline after an append");

        // A rewrite by another connection (as the command line or a sqlite3 shell would): articles move to another
        // outlet, their facts' copies of it with them (the snapshot reads a fact's outlet through its article), claims
        // change hands, facts are deleted.
        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Articles SET OutletId = 1 WHERE Id % 7 = 0; UPDATE Facts SET OutletId = 1 WHERE ArticleId % 7 = 0; " +
                "UPDATE Facts SET Attribution = 'مصدر جديد' WHERE Id % 7 = 0; DELETE FROM Facts WHERE Id % 11 = 0;";
            await command.ExecuteNonQueryAsync();
        }
        var outletOne = new FactFilter { OutletIds = [1] };
        var claimant = new FactFilter { Claimants = ["مصدر جديد"] };
        AssertSame(await Sql.GetCardsAsync(FactFilter.None, ValueMode.Min), await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min), "after a rewrite");
        AssertSame(await Sql.GetBySourceAsync(outletOne, ValueMode.Min), await Snapshot.GetBySourceAsync(outletOne, ValueMode.Min), "outlet after a rewrite");
        AssertSame(await Sql.GetMonthlyTotalsAsync(claimant, SeriesBy.Claimant, ValueMode.Min),
            await Snapshot.GetMonthlyTotalsAsync(claimant, SeriesBy.Claimant, ValueMode.Min), "new claimant after a rewrite");
        Assert.NotEmpty(await Snapshot.GetMonthlyTotalsAsync(claimant, SeriesBy.Claimant, ValueMode.Min));
        foreach (var sort in sorts)
        {
            foreach (var filter in new[] { FactFilter.None, outletOne })
            {
                AssertSame(await Sql.GetFactsPageAsync(filter, sort, 0, 40), await Snapshot.GetFactsPageAsync(filter, sort, 0, 40), $"{sort} after a rewrite");
            }
        }
        AssertSame(await Sql.GetTimelineAsync(outletOne, 40), await Snapshot.GetTimelineAsync(outletOne, 40), "timeline after a rewrite");
        // The changed articles were read again, not the whole store: their old rows are kept as dead rows.
        Assert.True((await Source.GetAsync()).DeadFacts > 0);
    }

    [Fact]
    public async Task The_publication_order_stays_sorted_when_articles_change_dates_before_rows_are_appended()
    {
        var sorts = new[] { new FactSort(FactSortColumn.Published, false), new FactSort(FactSortColumn.Published, true) };
        foreach (var sort in sorts) await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 10);
        var earliest = EarliestArticleWithFacts();
        // Before the next read: the earliest article moves to the latest date (its old rows, now dead, sat first in the
        // order computed above), and a new article is stored among the others.
        var ingestion = _database.Get<IIngestionService>();
        await ingestion.UpdateArticleMetadataAsync(earliest, null, new DateOnly(2030, 1, 1));
        var summary = await ingestion.IngestAsync([IngestSource.FromBytes("mid.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Strike))],
            new IngestOptions { Outlet = "وكالة جديدة", Published = new DateOnly(2018, 6, 1) });
        Assert.Equal(IngestOutcome.Stored, Assert.Single(summary.Files).Outcome);

        foreach (var sort in sorts)
        {
            for (var page = 0; page < 4; page++)
                AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, page, 1000), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, page, 1000), $"{sort} page {page}");
        }
        Assert.True((await Source.GetAsync()).DeadFacts > 0);
    }

    [Fact]
    public async Task Orders_and_rows_by_outlet_pass_through_snapshots_no_one_asked()
    {
        // Snapshots follow one another faster than anyone sorts (commits in a burst): each hands the orders it was
        // given on to the next, except those a change unsorted.
        var sorts = new[] { FactSortColumn.Published, FactSortColumn.DateStart, FactSortColumn.Min }
            .SelectMany(c => new[] { new FactSort(c, false), new FactSort(c, true) }).ToList();
        foreach (var sort in sorts) await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 10);
        // The rows by outlet too, which later snapshots keep and add their new rows to.
        var outlets = (await Sql.GetOutletsAsync()).Select(o => o.Id).Take(2).ToArray();
        Assert.True((await Snapshot.GetCardsAsync(new FactFilter { OutletIds = [outlets[0]] }, ValueMode.Min)).Facts > 0);
        var ingestion = _database.Get<IIngestionService>();
        async Task StoreAsync(string name, DateOnly published)
        {
            // The same sentences under another title: a text of its own, not a duplicate.
            var text = name + "\n" + ArabicSamples.Strike;
            var summary = await ingestion.IngestAsync([IngestSource.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text))],
                new IngestOptions { Outlet = "وكالة جديدة", Published = published });
            Assert.Equal(IngestOutcome.Stored, Assert.Single(summary.Files).Outcome);
        }

        // An append seen by a snapshot no one sorts.
        await StoreAsync("first.txt", new DateOnly(2032, 2, 1));
        var unsorted = await Source.GetAsync();
        // The earliest article moves to the latest date: the publication order handed on is no longer sorted.
        var earliest = EarliestArticleWithFacts();
        await ingestion.UpdateArticleMetadataAsync(earliest, null, new DateOnly(2031, 1, 1));
        Assert.NotSame(unsorted, await Source.GetAsync());
        // Another append, and only now the lists (which walk the handed start-date order beside the appended rows) and
        // a sort.
        await StoreAsync("second.txt", new DateOnly(2032, 3, 1));
        foreach (var filter in new[] { FactFilter.None, new FactFilter { OutletIds = [outlets[0]] } })
        {
            AssertSame(await Sql.GetTimelineAsync(filter, 60), await Snapshot.GetTimelineAsync(filter, 60), "timeline");
            AssertSame(await Sql.GetCumulativeClaimsAsync(filter), await Snapshot.GetCumulativeClaimsAsync(filter), "claims");
            AssertSame(await Sql.GetFundingAsync(filter), await Snapshot.GetFundingAsync(filter), "funding");
        }

        foreach (var sort in sorts)
        {
            for (var page = 0; page < 3; page++)
                AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, page, 1000), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, page, 1000), $"{sort} page {page}");
        }
        var added = (await Sql.GetOutletsAsync()).Single(o => o.Name == "وكالة جديدة").Id;
        foreach (var filter in new[] { new FactFilter { OutletIds = [added] }, new FactFilter { OutletIds = [outlets[0], added] }, new FactFilter { OutletIds = [.. outlets] } })
        {
            AssertSame(await Sql.GetCardsAsync(filter, ValueMode.Min), await Snapshot.GetCardsAsync(filter, ValueMode.Min), $"outlets {string.Join(',', filter.OutletIds!)}");
            AssertSame(await Sql.GetBySourceAsync(filter, ValueMode.Max), await Snapshot.GetBySourceAsync(filter, ValueMode.Max), $"outlets {string.Join(',', filter.OutletIds!)}");
        }
        Assert.True((await Snapshot.GetCardsAsync(new FactFilter { OutletIds = [added] }, ValueMode.Min)).Facts > 0);
    }

    [Fact]
    public async Task Facts_left_behind_by_an_article_deleted_outside_the_app_break_no_answer()
    {
        // A sqlite3 shell has foreign keys off unless told: deleting the last article leaves its facts and dates behind.
        Execute("PRAGMA foreign_keys=OFF; DELETE FROM Articles WHERE Id = (SELECT MAX(ArticleId) FROM Facts);");
        var outlet = (await Sql.GetOutletsAsync())[0].Id;
        var byOutlet = new FactFilter { OutletIds = [outlet] };
        var killed = new FactFilter { Kinds = [FactKind.Killed] };

        Assert.NotEmpty((await Snapshot.GetBySourceAsync(FactFilter.None, ValueMode.Min)).ByOutlet);
        Assert.NotEmpty(await Snapshot.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min));
        Assert.True((await Snapshot.GetCardsAsync(byOutlet, ValueMode.Min)).Facts > 0);
        Assert.True((await Snapshot.GetCardsAsync(killed, ValueMode.Min)).Facts > 0);
        Assert.True((await Snapshot.GetFactsPageAsync(byOutlet, new FactSort(FactSortColumn.Published), 0, 10)).Total > 0);
        await Snapshot.GetTimelineAsync(FactFilter.None, 50);
    }

    [Fact]
    public async Task An_article_moved_to_another_outlet_moves_in_every_answer()
    {
        var sorts = new[] { new FactSort(FactSortColumn.Outlet, false), new FactSort(FactSortColumn.Outlet, true), new FactSort(FactSortColumn.DateStart, true) };
        foreach (var sort in sorts) await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 10);
        var before = await Sql.GetOutletsAsync();
        var article = (await Sql.GetArticlesPageAsync(new FactFilter { OutletIds = [before[0].Id] }, 0, 1)).Items.Single();

        // Through the app's own service: the article's metadata changes and it is extracted again.
        await _database.Get<IIngestionService>().UpdateArticleMetadataAsync(article.Id, "مصدر منقول", new DateOnly(2022, 2, 2));

        var moved = new FactFilter { OutletIds = [(await Sql.GetArticleAsync(article.Id))!.Article.OutletId!.Value] };
        var oldOutlet = new FactFilter { OutletIds = [before[0].Id] };
        foreach (var filter in new[] { FactFilter.None, moved, oldOutlet })
        {
            AssertSame(await Sql.GetCardsAsync(filter, ValueMode.Min), await Snapshot.GetCardsAsync(filter, ValueMode.Min), $"cards {FactFilterQuery.ToQueryString(filter)}");
            AssertSame(await Sql.GetBySourceAsync(filter, ValueMode.Min), await Snapshot.GetBySourceAsync(filter, ValueMode.Min), "by source");
            foreach (var sort in sorts)
            {
                AssertSame(await Sql.GetFactsPageAsync(filter, sort, 0, 30), await Snapshot.GetFactsPageAsync(filter, sort, 0, 30), $"{sort} {FactFilterQuery.ToQueryString(filter)}");
            }
        }
        Assert.Equal(1, (await Snapshot.GetCardsAsync(moved, ValueMode.Min)).Articles);
        // Every page of the outlet order: the moved article's rows must stand with their new outlet.
        foreach (var sort in sorts.Take(2))
        {
            for (var page = 0; page < 4; page++)
                AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, page, 1000), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, page, 1000), $"{sort} page {page}");
        }
    }

    [Fact]
    public async Task An_article_edited_in_place_keeps_every_outlet_sorted_page_equal_to_sql()
    {
        var sorts = new[] { new FactSort(FactSortColumn.Outlet, false), new FactSort(FactSortColumn.Outlet, true) };
        foreach (var sort in sorts) await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 10);
        var outlets = await Sql.GetOutletsAsync();
        var article = (await Sql.GetArticlesPageAsync(new FactFilter { OutletIds = [outlets[1].Id] }, 0, 1)).Items.Single();

        // Same outlet, another date: the article is extracted again, its old rows die and its new rows are appended;
        // the outlet order computed before is kept and extended.
        await _database.Get<IIngestionService>().UpdateArticleMetadataAsync(article.Id, outlets[1].Name, new DateOnly(2021, 7, 7));

        foreach (var sort in sorts)
        {
            for (var page = 0; page < 4; page++)
                AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, page, 1000), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, page, 1000), $"{sort} page {page}");
        }
    }

    [Fact]
    public async Task An_article_moved_while_another_is_stored_leaves_the_outlet_order_right()
    {
        var sorts = new[] { new FactSort(FactSortColumn.Outlet, false), new FactSort(FactSortColumn.Outlet, true) };
        foreach (var sort in sorts) await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 10);
        // Outlets in the order the list sorts them (UTF-8 bytes, as SQLite compares text).
        var outlets = (await Sql.GetOutletsAsync()).OrderBy(o => System.Text.Encoding.UTF8.GetBytes(o.Name), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))).ToList();
        var (first, middle, last) = (outlets[0], outlets[outlets.Count / 2], outlets[^1]);
        var article = (await Sql.GetArticlesPageAsync(new FactFilter { OutletIds = [first.Id] }, 0, 1)).Items.Single();

        // Both before the next query, so one refresh sees them together: an article of the first outlet moves to the
        // last, and a new article comes in under one between them. The moved article's old rows, sorted among the first
        // outlet's, now belong to the last: an order merged past them would put the new rows among the first outlet's.
        var ingestion = _database.Get<IIngestionService>();
        await ingestion.UpdateArticleMetadataAsync(article.Id, last.Name, new DateOnly(2021, 7, 7));
        var stored = await ingestion.IngestAsync([IngestSource.FromBytes("between.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Strike))],
            new IngestOptions { Outlet = middle.Name, Published = new DateOnly(2023, 5, 9) });
        Assert.Equal(IngestOutcome.Stored, Assert.Single(stored.Files).Outcome);

        foreach (var sort in sorts)
        {
            for (var page = 0; page < 4; page++)
                AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, page, 1000), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, page, 1000), $"{sort} page {page}");
        }
    }

    [Fact]
    public async Task Once_a_quarter_of_the_facts_are_dead_rows_the_store_is_read_again()
    {
        await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min);
        await ExecuteAsync("DELETE FROM Facts WHERE Id % 3 = 0;");
        AssertSame(await Sql.GetCardsAsync(FactFilter.None, ValueMode.Max), await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Max), "after deleting a third");
        Assert.True((await Source.GetAsync()).DeadFacts * 4 > (await Source.GetAsync()).FactCount);

        await ExecuteAsync("DELETE FROM Facts WHERE Id % 5 = 0;");
        AssertSame(await Sql.GetCardsAsync(FactFilter.None, ValueMode.Max), await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Max), "after the next change");
        Assert.Equal(0, (await Source.GetAsync()).DeadFacts);
    }

    [Fact]
    public async Task Ids_given_out_again_after_a_delete_are_read_as_the_new_rows_they_are()
    {
        await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min);
        // SQLite gives a new row the highest id plus one: deleting the last facts frees their ids for the next article.
        await ExecuteAsync("DELETE FROM Facts WHERE Id > (SELECT MAX(Id) - 5 FROM Facts);");
        var summary = await _database.Get<IIngestionService>().IngestAsync(
            [IngestSource.FromBytes("reused.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Strike))],
            new IngestOptions { Outlet = "وكالة أخرى", Published = new DateOnly(2024, 1, 3) });
        Assert.Equal(IngestOutcome.Stored, Assert.Single(summary.Files).Outcome);

        AssertSame(await Sql.GetCardsAsync(FactFilter.None, ValueMode.Min), await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min), "cards");
        var sort = new FactSort(FactSortColumn.DateStart, true);
        AssertSame(await Sql.GetFactsPageAsync(FactFilter.None, sort, 0, 50), await Snapshot.GetFactsPageAsync(FactFilter.None, sort, 0, 50), "newest facts");
    }

    private Dashboard.Data.Snapshot.StoreSnapshotSource Source => _database.Get<Dashboard.Data.Snapshot.StoreSnapshotSource>();

    private Task ExecuteAsync(string sql) => _database.ExecuteAsync(sql);

    [Fact]
    public async Task Reading_the_store_into_memory_does_not_wait_for_the_writer()
    {
        await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min);
        await using var writer = new SqliteConnection(_database.ConnectionString + ";Default Timeout=2");
        await writer.OpenAsync();
        await using (var committed = writer.CreateCommand())
        {
            // A committed change the snapshot has not seen yet, so the next read refreshes it.
            committed.CommandText = "UPDATE Facts SET Min = Min + 1 WHERE Id = 1;";
            await committed.ExecuteNonQueryAsync();
        }
        await using var transaction = writer.BeginTransaction(deferred: false);
        await using (var pending = writer.CreateCommand())
        {
            pending.Transaction = transaction;
            pending.CommandText = "UPDATE Facts SET Min = Min + 1000 WHERE Id = 2;";
            await pending.ExecuteNonQueryAsync();
        }

        // The writer holds the write lock; a refresh that asked for it would fail with "database is locked".
        var cards = await Snapshot.GetCardsAsync(FactFilter.None, ValueMode.Min);

        await transaction.RollbackAsync();
        AssertSame(await Sql.GetCardsAsync(FactFilter.None, ValueMode.Min), cards, "cards read while the writer held its lock");
    }

    [Fact]
    public async Task Dates_centuries_apart_give_the_same_monthly_totals()
    {
        // Six centuries of months times kinds times outlets are more groups than the flat arrays take (the sparse path),
        // and more days than the month table holds (the days past it are worked out).
        await ExecuteAsync("UPDATE Facts SET DateStart = '1850-03-01', DateEnd = NULL WHERE Id % 13 = 0; UPDATE Facts SET DateStart = '2150-12-31' WHERE Id % 17 = 0; " +
            "UPDATE Facts SET DateStart = '2450-07-09', DateEnd = NULL WHERE Id % 19 = 0;");
        foreach (var series in Enum.GetValues<SeriesBy>())
        {
            AssertSame(await Sql.GetMonthlyTotalsAsync(FactFilter.None, series, ValueMode.Max), await Snapshot.GetMonthlyTotalsAsync(FactFilter.None, series, ValueMode.Max),
                $"monthly by {series} over six centuries");
        }
        var monthly = await Snapshot.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);
        Assert.Contains(monthly, p => p.Year == 1850 && p.Month == 3);
        Assert.Contains(monthly, p => p.Year == 2150 && p.Month == 12);
        Assert.Contains(monthly, p => p.Year == 2450 && p.Month == 7);
    }

    // A fixed set of edge cases, then random combinations of the values the store holds.
    private async Task<List<FactFilter>> FiltersAsync(int count)
    {
        var options = await Sql.GetFilterOptionsAsync();
        var random = new Random(20261123);
        var filters = new List<FactFilter>
        {
            FactFilter.None,
            new() { OutletIds = [options.Outlets[0].Id] },
            new() { From = new DateOnly(2019, 3, 17), To = new DateOnly(2020, 8, 2) },
            new() { From = new DateOnly(2019, 3, 17), To = new DateOnly(2020, 8, 2), DateBy = DateField.Published },
            new() { From = new DateOnly(2021, 1, 1) },
            new() { To = new DateOnly(2016, 12, 31), DateBy = DateField.Published },
            new() { Claimants = [options.Claimants[0]] },
            new() { Claimants = ["لا أحد"] },
            new() { Claimants = [SeriesLabels.Unattributed] },
            new() { Claimants = [SeriesLabels.Unattributed, options.Claimants[0]] },
            new() { Governorates = [SeriesLabels.UnknownPlace], Kinds = [FactKind.Killed] },
            new() { Kinds = [FactKind.Killed], Governorates = [options.Governorates[0]] },
            new() { Targets = [FactTarget.Civilians, FactTarget.Mixed] },
            new() { IncludeVague = false },
            new() { Kinds = [FactKind.Funding] },
            new() { OutletIds = [999] },
            new() { OutletIds = [FactFilter.NoOutlet] },
            new() { OutletIds = [FactFilter.NoOutlet, options.Outlets[0].Id], Kinds = [FactKind.Killed] },
            new() { OutletIds = [FactFilter.NoOutlet], From = new DateOnly(2019, 3, 17), DateBy = DateField.Published },
        };
        while (filters.Count < count)
        {
            var from = random.Next(3) == 0 ? new DateOnly(2015, 1, 1).AddDays(random.Next(3650)) : (DateOnly?)null;
            var to = random.Next(3) == 0 ? (from ?? new DateOnly(2015, 1, 1)).AddDays(random.Next(1500)) : (DateOnly?)null;
            filters.Add(new FactFilter
            {
                From = from,
                To = to,
                DateBy = random.Next(2) == 0 ? DateField.Event : DateField.Published,
                OutletIds = Some(random, [FactFilter.NoOutlet, .. options.Outlets.Select(o => o.Id)], 3),
                Claimants = Some(random, options.Claimants.ToList(), 2),
                Kinds = Some(random, Enum.GetValues<FactKind>().ToList(), 3),
                Governorates = Some(random, options.Governorates.ToList(), 2),
                Targets = Some(random, Enum.GetValues<FactTarget>().ToList(), 2),
                IncludeVague = random.Next(4) != 0,
            });
        }
        return filters;
    }

    private static List<T> Some<T>(Random random, List<T> values, int atMost) =>
        random.Next(2) == 0 ? [] : values.OrderBy(_ => random.Next()).Take(random.Next(1, atMost + 1)).ToList();

    internal static void AssertSame<T>(T expected, T actual, string what)
    {
        var expectedJson = JsonSerializer.Serialize(expected);
        var actualJson = JsonSerializer.Serialize(actual);
        Assert.True(expectedJson == actualJson, $"{what}:\nSQL:      {Shorten(expectedJson)}\nsnapshot: {Shorten(actualJson)}");
    }

    private static string Shorten(string json) => json.Length > 1500 ? json[..1500] + "…" : json;
}
