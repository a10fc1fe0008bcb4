using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Infrastructure;
using Dashboard.Extraction.Model;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Data.Tests.Queries.QueryTestDatabase;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The overview cache as the app registers it (AddDashboardQueries), over a real SQLite file.</summary>
public sealed class CachedQueryTests
{
    private static readonly FactFilter KilledOnly = new() { Kinds = [FactKind.Killed] };

    private static Task<TempDatabase> CreateDatabaseAsync() => TempDatabase.CreateAsync(configureServices: s => s.AddDashboardQueries());

    private static async Task IngestAsync(TempDatabase database, IIngestionService ingestion, string name, string text)
    {
        var summary = await ingestion.IngestAsync([IngestSource.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text))], new IngestOptions());
        Assert.Equal(IngestOutcome.Stored, Assert.Single(summary.Files).Outcome);
    }

    [Fact]
    public async Task Same_filter_twice_gives_the_kept_result_equal_to_a_fresh_computation()
    {
        await using var database = await CreateDatabaseAsync();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var cached = database.Get<IDashboardQueries>();
        var direct = database.Get<DashboardQueries>();

        var first = await cached.GetCardsAsync(KilledOnly, ValueMode.Max);
        var second = await cached.GetCardsAsync(new FactFilter { Kinds = [FactKind.Killed] }, ValueMode.Max);
        var fresh = await direct.GetCardsAsync(KilledOnly, ValueMode.Max);

        Assert.Same(first, second);
        Assert.Equal((fresh.Articles, fresh.Outlets, fresh.Facts, fresh.FirstDate, fresh.LastDate), (second.Articles, second.Outlets, second.Facts, second.FirstDate, second.LastDate));
        Assert.Equal(fresh.IncidentTotals, second.IncidentTotals);
        Assert.Equal(await direct.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Governorate, ValueMode.Min),
            await cached.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Governorate, ValueMode.Min));
    }

    [Fact]
    public async Task Key_tells_filters_modes_and_series_apart()
    {
        await using var database = await CreateDatabaseAsync();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var cached = database.Get<IDashboardQueries>();

        var all = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        var wounded = await cached.GetCardsAsync(new FactFilter { Kinds = [FactKind.Wounded] }, ValueMode.Min);
        var byOutlet = await cached.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);
        var byGovernorate = await cached.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Governorate, ValueMode.Min);

        Assert.NotSame(all, wounded);
        Assert.NotEqual(all.Facts, wounded.Facts);
        Assert.NotSame(byOutlet, byGovernorate);
        Assert.Equal(byOutlet.Sum(p => p.FactCount), byGovernorate.Sum(p => p.FactCount));
    }

    [Fact]
    public async Task Ingestion_in_between_gives_a_new_result()
    {
        await using var database = await CreateDatabaseAsync();
        var ingestion = database.Get<IIngestionService>();
        await IngestAsync(database, ingestion, "a.txt", ArabicSamples.Strike);
        var cached = database.Get<IDashboardQueries>();

        var before = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        var bySourceBefore = await cached.GetBySourceAsync(FactFilter.None, ValueMode.Min);
        await IngestAsync(database, ingestion, "b.txt", ArabicSamples.Numbered(2));
        var after = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        var bySourceAfter = await cached.GetBySourceAsync(FactFilter.None, ValueMode.Min);

        Assert.Equal(before.Articles + 1, after.Articles);
        Assert.True(after.Facts > before.Facts);
        Assert.True(bySourceAfter.ByOutlet.Sum(p => p.FactCount) > bySourceBefore.ByOutlet.Sum(p => p.FactCount));
    }

    [Fact]
    public async Task Every_committed_change_moves_the_data_version()
    {
        await using var database = await CreateDatabaseAsync();
        var ingestion = database.Get<IIngestionService>();
        var version = database.Get<DataVersion>();

        var start = version.Value;
        await IngestAsync(database, ingestion, "a.txt", ArabicSamples.Strike);
        var afterIngest = version.Value;
        var articleId = (await database.Get<IDashboardQueries>().GetArticlesPageAsync(FactFilter.None, 0, 10)).Items.Single().Id;
        await ingestion.UpdateArticleMetadataAsync(articleId, null, new DateOnly(2020, 5, 1));
        var afterUpdate = version.Value;
        await ingestion.ReextractAsync(all: true);

        Assert.True(afterIngest > start);
        Assert.True(afterUpdate > afterIngest);
        Assert.True(version.Value > afterUpdate);
    }

    [Fact]
    public async Task Re_extraction_in_between_gives_a_new_result()
    {
        await using var database = await CreateDatabaseAsync();
        var ingestion = database.Get<IIngestionService>();
        await IngestAsync(database, ingestion, "a.txt", ArabicSamples.Strike);
        var cached = database.Get<IDashboardQueries>();
        var articleId = (await cached.GetArticlesPageAsync(FactFilter.None, 0, 10)).Items.Single().Id;

        var before = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        await ingestion.UpdateArticleMetadataAsync(articleId, "شفق نيوز", null);
        var after = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);

        Assert.NotSame(before, after);
        Assert.Equal(1, after.Outlets);
        Assert.Equal(before.Facts, after.Facts);
    }

    [Fact]
    public async Task Another_process_adding_articles_gives_a_new_result()
    {
        await using var database = await CreateDatabaseAsync();
        var cached = database.Get<IDashboardQueries>();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var before = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);

        // Its own services over the same file, as the command line would be: this process's counter does not move.
        var otherProcess = database.CreateServices();
        await IngestAsync(database, otherProcess.GetRequiredService<IIngestionService>(), "b.txt", ArabicSamples.Numbered(3));
        var after = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);

        Assert.Equal(before.Articles + 1, after.Articles);
    }

    [Fact]
    public async Task Results_of_the_store_before_a_change_are_let_go()
    {
        await using var database = await CreateDatabaseAsync();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var cached = (CachedDashboardQueries)database.Get<IDashboardQueries>();
        await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        await cached.GetCardsAsync(KilledOnly, ValueMode.Min);
        await cached.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);
        Assert.Equal(3, cached.KeptResults);

        // A change by another process (the mark moves) and one by this one (the version moves).
        var otherProcess = database.CreateServices();
        await IngestAsync(database, otherProcess.GetRequiredService<IIngestionService>(), "b.txt", ArabicSamples.Numbered(3));
        await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        Assert.Equal(1, cached.KeptResults);
        await IngestAsync(database, database.Get<IIngestionService>(), "c.txt", ArabicSamples.Numbered(4));
        await cached.GetCardsAsync(KilledOnly, ValueMode.Min);
        await cached.GetCardsAsync(KilledOnly, ValueMode.Min);
        Assert.Equal(1, cached.KeptResults);
    }

    [Fact]
    public async Task Monthly_points_a_commit_did_not_change_are_the_earlier_objects()
    {
        await using var db = await QueryTestDatabase.CreateAsync(s => s.AddDashboardQueries());
        var outlet = Outlet("السومرية");
        var june = Article(outlet, "حزيران", new DateOnly(2020, 6, 23));
        Fact(june, FactKind.Killed, 4, 4, start: new DateOnly(2020, 6, 22));
        Fact(june, FactKind.Arrested, 2, 2, start: new DateOnly(2020, 6, 22));
        var march = Article(outlet, "آذار", new DateOnly(2021, 3, 10));
        Fact(march, FactKind.Killed, 9, 9, start: new DateOnly(2021, 3, 9));
        await db.AddAsync(june, march);
        var cached = db.Get<IDashboardQueries>();
        var before = await cached.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);

        // Two commits that add to June's killed only; the store state between them is asked for its cards alone.
        foreach (var (day, killed) in new[] { (24, 3), (25, 1) })
        {
            var more = Article(null, $"حزيران {day}", new DateOnly(2020, 6, day));
            more.OutletId = outlet.Id;
            Fact(more, FactKind.Killed, killed, killed, start: new DateOnly(2020, 6, day));
            await db.AddAsync(more);
            await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        }
        var after = await cached.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);

        Assert.Equal(await db.Queries.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min), after);
        MonthlyPoint Point(IReadOnlyList<MonthlyPoint> points, int year, int month, FactKind kind) =>
            points.Single(p => p.Year == year && p.Month == month && p.Kind == kind);
        Assert.Equal(8, Point(after, 2020, 6, FactKind.Killed).Min);
        Assert.NotSame(Point(before, 2020, 6, FactKind.Killed), Point(after, 2020, 6, FactKind.Killed));
        Assert.Same(Point(before, 2020, 6, FactKind.Arrested), Point(after, 2020, 6, FactKind.Arrested));
        Assert.Same(Point(before, 2021, 3, FactKind.Killed), Point(after, 2021, 3, FactKind.Killed));
    }

    [Fact]
    public async Task A_computation_whose_store_moved_while_it_waited_answers_for_the_newer_store()
    {
        await using var database = await CreateDatabaseAsync();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var cached = (CachedDashboardQueries)database.Get<IDashboardQueries>();
        var before = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);

        // Every turn taken: the next computations wait.
        for (var i = 0; i < CachedDashboardQueries.MaxConcurrentComputations; i++) await cached.ComputationTurns.WaitAsync();
        var waiting = cached.GetCardsAsync(KilledOnly, ValueMode.Min);
        // Meanwhile another process commits, and a caller sees it.
        var otherProcess = database.CreateServices();
        await IngestAsync(database, otherProcess.GetRequiredService<IIngestionService>(), "b.txt", ArabicSamples.Numbered(3));
        var later = cached.GetCardsAsync(FactFilter.None, ValueMode.Min);
        cached.ComputationTurns.Release(CachedDashboardQueries.MaxConcurrentComputations);

        Assert.Equal(before.Articles + 1, (await later).Articles);
        // Asked before the commit, answered for the store after it (as a request a moment later would be), and that
        // answer is the one kept for the next caller.
        var answered = await waiting;
        Assert.Equal(before.Articles + 1, answered.Articles);
        Assert.Same(answered, await cached.GetCardsAsync(KilledOnly, ValueMode.Min));
    }

    [Fact]
    public async Task Simultaneous_identical_requests_share_one_result()
    {
        await using var database = await CreateDatabaseAsync();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var cached = database.Get<IDashboardQueries>();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => cached.GetBySourceAsync(KilledOnly, ValueMode.Min))));

        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.NotEmpty(results[0].ByOutlet);
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_fail_the_others()
    {
        await using var database = await CreateDatabaseAsync();
        await IngestAsync(database, database.Get<IIngestionService>(), "a.txt", ArabicSamples.Strike);
        var cached = database.Get<IDashboardQueries>();

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cached.GetCardsAsync(FactFilter.None, ValueMode.Min, cancelled.Token));
        var cards = await cached.GetCardsAsync(FactFilter.None, ValueMode.Min);

        Assert.Equal(1, cards.Articles);
    }
}

/// <summary>The cards' article count (from the facts) agrees with the articles page (through each article's facts).</summary>
public sealed class CardsArticleCountTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    private FactFilter[] Filters =>
    [
        new() { Kinds = [FactKind.Killed] },
        new() { From = new DateOnly(2020, 6, 22), To = new DateOnly(2020, 6, 22) },
        new() { Claimants = [SampleCorpus.Defence] },
        new() { IncludeVague = false },
        new() { From = new DateOnly(2021, 1, 1), DateBy = DateField.Published },
        new() { Governorates = ["Anbar"], Kinds = [FactKind.Arrested] },
        new() { OutletIds = [corpus.Sumaria.Id], Kinds = [FactKind.Strikes] },
    ];

    [Fact]
    public async Task Cards_count_the_articles_the_articles_page_lists()
    {
        foreach (var filter in Filters)
        {
            var cards = await corpus.Db.Queries.GetCardsAsync(filter, ValueMode.Min);
            var page = await corpus.Db.Queries.GetArticlesPageAsync(filter, 0, 50);

            Assert.True(page.Total > 0, FactFilterQuery.ToQueryString(filter));
            Assert.Equal(page.Total, cards.Articles);
            Assert.Equal(page.Items.Where(a => a.OutletId != null).Select(a => a.OutletId).Distinct().Count(), cards.Outlets);
        }
    }
}
