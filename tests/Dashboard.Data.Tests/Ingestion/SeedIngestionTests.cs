using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Dashboard.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class SeedIngestionTests
{
    [Fact]
    public async Task Seeds_ingest_to_five_articles_and_a_second_run_adds_none()
    {
        await using var database = await TempDatabase.CreateAsync();
        var ingestion = database.Get<IIngestionService>();

        var progress = new List<IngestProgress>();
        var first = await ingestion.IngestPathsAsync([RepositoryPaths.Seeds], new IngestOptions(), new SynchronousProgress<IngestProgress>(progress.Add));

        Assert.Equal(5, first.Stored);
        Assert.Equal(0, first.Failed);
        Assert.Equal(5, progress.Count);
        Assert.Equal(5, progress[^1].Done);
        Assert.Equal(5, progress[^1].Total);

        var second = await ingestion.IngestPathsAsync([RepositoryPaths.Seeds], new IngestOptions());
        Assert.Equal(0, second.Stored);
        Assert.Equal(5, second.Duplicates);
        Assert.All(second.Files, f => Assert.NotNull(f.ArticleId));

        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        var stored = await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).ToListAsync();
        Assert.Equal("000_ad138fed525fdd8b.txt", stored[0].SourceFile);
        Assert.All(stored, a => Assert.Equal(new ArticleExtractor().Version, a.ExtractorVersion));
        Assert.All(stored, a => Assert.Equal(64, a.ContentHash.Length));
        Assert.Equal(first.Facts, await db.Facts.CountAsync());
        Assert.Equal(await db.Facts.CountAsync(), await db.Articles.SumAsync(a => a.FactCount));
    }

    [Fact]
    public async Task Start_up_seeds_an_empty_database_once_and_says_so_in_one_line()
    {
        var logs = new ListLoggerProvider();
        var settings = new Dictionary<string, string?> { ["Dashboard:SeedOnStartup"] = "true", ["Dashboard:SeedPath"] = RepositoryPaths.Seeds };
        await using var database = await TempDatabase.CreateAsync(settings, s => s.AddSingleton<ILoggerProvider>(logs));
        await DatabaseInitializer.InitializeAsync(database.Services);

        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        var ours = logs.Lines.Where(l => l.Category.StartsWith("Dashboard.", StringComparison.Ordinal) && l.Level >= LogLevel.Information).ToList();
        var line = Assert.Single(ours);
        Assert.StartsWith("Seeded 5 articles (0 duplicates, 0 failed, ", line.Message);
        Assert.EndsWith($"facts) from {RepositoryPaths.Seeds}", line.Message);
    }

    [Fact]
    public void The_seed_folder_is_found_from_the_build_output_when_not_configured()
    {
        Assert.Equal(RepositoryPaths.Seeds, DatabaseInitializer.FindSeedFolder(null));
        Assert.Null(DatabaseInitializer.FindSeedFolder(Path.Combine(Path.GetTempPath(), "no-such-seed-folder")));
    }

    [Fact]
    public async Task Reextract_after_a_version_bump_replaces_facts_and_dates()
    {
        await using var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor("scripted-1")));
        var folder = database.CreateSubfolder("in");
        File.WriteAllText(Path.Combine(folder, "a.txt"), ArabicSamples.Strike);
        File.WriteAllText(Path.Combine(folder, "b.txt"), ArabicSamples.Camps);
        var summary = await database.Get<IIngestionService>().IngestPathsAsync([folder], new IngestOptions { Published = new DateOnly(2020, 6, 23) });
        Assert.Equal(2, summary.Stored);
        Assert.Equal(1, summary.Facts);

        var upgraded = database.CreateServices(s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor("scripted-2")));
        var upgradedIngestion = upgraded.GetRequiredService<IIngestionService>();
        Assert.Equal(2, await upgradedIngestion.ReextractAsync());
        Assert.Equal(0, await upgradedIngestion.ReextractAsync());
        Assert.Equal(2, await upgradedIngestion.ReextractAsync(all: true));

        await using var db = database.CreateContext();
        Assert.All(await db.Articles.ToListAsync(), a => Assert.Equal("scripted-2", a.ExtractorVersion));
        var dates = await db.DateMentions.Select(d => d.Text).ToListAsync();
        Assert.Equal(["scripted-2", "scripted-2"], dates);
        var fact = await db.Facts.SingleAsync();
        Assert.Equal(new DateOnly(2020, 6, 23), fact.DateStart);
        Assert.Equal(new DateOnly(2020, 6, 23), fact.PublishedOn);
    }

    /// <summary>A database holding two articles extracted by «scripted-1».</summary>
    private static async Task<TempDatabase> TwoArticlesByTheFirstExtractorAsync()
    {
        var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor("scripted-1")));
        var sources = new[] { ArabicSamples.Strike, ArabicSamples.Arrest }
            .Select((text, i) => IngestSource.FromBytes($"{i}.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        await database.Get<IIngestionService>().IngestAsync(sources, new IngestOptions());
        return database;
    }

    [Fact]
    public async Task Start_up_re_extraction_says_how_many_articles_before_it_begins()
    {
        await using var database = await TwoArticlesByTheFirstExtractorAsync();

        var logs = new ListLoggerProvider();
        var upgraded = database.CreateServices(
            s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor("scripted-2")).AddSingleton<ILoggerProvider>(logs),
            new Dictionary<string, string?> { ["Dashboard:ReextractOnStartup"] = "true" });
        await DatabaseInitializer.InitializeAsync(upgraded);

        var ours = logs.Lines.Where(l => l.Category.StartsWith("Dashboard.", StringComparison.Ordinal) && l.Level >= LogLevel.Information)
            .Select(l => l.Message).ToList();
        Assert.Equal(["Re-extracting 2 articles stored by an older extractor version", "Re-extracted 2 articles with extractor scripted-2"], ours);
    }

    [Fact]
    public async Task Start_up_preparation_lists_the_older_articles_and_leaves_them_for_the_caller_to_re_extract()
    {
        await using var database = await TwoArticlesByTheFirstExtractorAsync();
        var upgraded = database.CreateServices(s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor("scripted-2")),
            new Dictionary<string, string?> { ["Dashboard:ReextractOnStartup"] = "true" });
        var status = upgraded.GetRequiredService<ReextractionStatus>();

        var reextraction = await DatabaseInitializer.PrepareAsync(upgraded);

        Assert.NotNull(reextraction);
        Assert.Equal(2, reextraction.Count);
        Assert.Null(status.Current);
        await using (var db = database.CreateContext())
            Assert.All(await db.Articles.ToListAsync(), a => Assert.Equal("scripted-1", a.ExtractorVersion));

        await reextraction.RunAsync();

        await using (var db = database.CreateContext())
            Assert.All(await db.Articles.ToListAsync(), a => Assert.Equal("scripted-2", a.ExtractorVersion));
        Assert.Equal(new ReextractionState("scripted-2", 2, 2, Finished: true, Error: null, Reread: 2), status.Current);
        Assert.Null(await DatabaseInitializer.PrepareAsync(upgraded));
    }

    [Fact]
    public async Task An_article_deleted_or_given_another_date_while_it_is_re_read_keeps_what_that_change_left()
    {
        await using var database = await TwoArticlesByTheFirstExtractorAsync();
        int first, second;
        await using (var db = database.CreateContext())
            (first, second) = (await db.Articles.MinAsync(a => a.Id), await db.Articles.MaxAsync(a => a.Id));
        // Between reading an article and storing its new facts, the app (serving meanwhile) deletes one and moves the other.
        var meddling = new MeddlingExtractor(() =>
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA foreign_keys = ON; DELETE FROM Articles WHERE Id = {first}; UPDATE Articles SET PublishedOn = '2019-01-01' WHERE Id = {second};";
            command.ExecuteNonQuery();
        });
        var upgraded = database.CreateServices(s => s.AddSingleton<Extraction.IArticleExtractor>(meddling));

        Assert.Equal(0, await upgraded.GetRequiredService<IIngestionService>().ReextractAsync());

        await using var check = database.CreateContext();
        var left = await check.Articles.SingleAsync();
        Assert.Equal(second, left.Id);
        Assert.Equal("scripted-1", left.ExtractorVersion);
        Assert.Empty(await check.Facts.Where(f => f.ArticleId == first).ToListAsync());
        Assert.Equal([ScriptedExtractor.FactMarker], await check.Facts.Where(f => f.ArticleId == second).Select(f => f.Sentence).ToListAsync());
    }

    [Fact]
    public async Task Facts_found_anew_in_the_newest_article_reach_a_snapshot_read_before()
    {
        await using var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor("scripted-1")));
        // The newest article has no fact until the new extractor reads it.
        var sources = new[] { ArabicSamples.Strike, ArabicSamples.Camps }
            .Select((text, i) => IngestSource.FromBytes($"{i}.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        await database.Get<IIngestionService>().IngestAsync(sources, new IngestOptions());
        using var snapshots = new Dashboard.Data.Snapshot.StoreSnapshotSource(database.Factory);
        var before = await snapshots.GetAsync();
        Assert.Equal(1, before.FactCount - before.DeadFacts);

        var upgraded = database.CreateServices(s => s.AddSingleton<Extraction.IArticleExtractor>(new FindsOneMore()));
        Assert.Equal(2, await upgraded.GetRequiredService<IIngestionService>().ReextractAsync());

        var after = await snapshots.GetAsync();
        Assert.Equal(3, Convert.ToInt32(await database.ScalarAsync("SELECT COUNT(*) FROM Facts")));
        Assert.Equal(3, after.FactCount - after.DeadFacts);
    }

    /// <summary>«scripted-2», which finds one fact more in every article.</summary>
    private sealed class FindsOneMore : Extraction.IArticleExtractor
    {
        public string Version => "scripted-2";

        public Extraction.Model.ExtractionResult Extract(string text, DateOnly? published) =>
            new ScriptedExtractor(Version).Extract(text + " " + ScriptedExtractor.FactMarker, published);
    }

    /// <summary>«scripted-2», which runs an action (once) the first time it is asked to extract.</summary>
    private sealed class MeddlingExtractor(Action meddle) : Extraction.IArticleExtractor
    {
        private int _meddled;

        public string Version => "scripted-2";

        public Extraction.Model.ExtractionResult Extract(string text, DateOnly? published)
        {
            if (Interlocked.Exchange(ref _meddled, 1) == 0) meddle();
            return new ScriptedExtractor(Version).Extract(text, published);
        }
    }

    [Fact]
    public async Task A_new_extraction_that_cannot_be_stored_leaves_the_old_facts_in_place()
    {
        await using var database = await TwoArticlesByTheFirstExtractorAsync();

        var broken = database.CreateServices(s => s.AddSingleton<Extraction.IArticleExtractor>(new UnstorableExtractor()));
        Assert.Equal(0, await broken.GetRequiredService<IIngestionService>().ReextractAsync());

        await using var db = database.CreateContext();
        Assert.All(await db.Articles.ToListAsync(), a => Assert.Equal("scripted-1", a.ExtractorVersion));
        Assert.Equal(2, await db.Facts.CountAsync());
        Assert.All(await db.Facts.ToListAsync(), f => Assert.Equal(ScriptedExtractor.FactMarker, f.Sentence));
    }

    /// <summary>A newer extractor whose facts the database refuses (no unit).</summary>
    private sealed class UnstorableExtractor : Extraction.IArticleExtractor
    {
        public string Version => "unstorable-2";

        public Extraction.Model.ExtractionResult Extract(string text, DateOnly? published) =>
            new ScriptedExtractor().Extract(text + ScriptedExtractor.UnstorableMarker, published);
    }

    [Fact]
    public async Task Updating_metadata_re_extracts_against_the_new_date()
    {
        await using var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor()));
        var ingestion = database.Get<IIngestionService>();
        var summary = await ingestion.IngestAsync([IngestSource.FromBytes("a.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Strike))], new IngestOptions());
        var id = summary.Files.Single().ArticleId!.Value;

        await ingestion.UpdateArticleMetadataAsync(id, "Al Arabiya", new DateOnly(2018, 5, 4));

        await using var db = database.CreateContext();
        var article = await db.Articles.Include(a => a.Outlet).SingleAsync();
        Assert.Equal("العربية", article.Outlet!.Name);
        Assert.Equal("Al Arabiya", article.Outlet.EnglishName);
        Assert.Equal(Extraction.Model.PublishedBasis.Given, article.PublishedBasis);
        var fact = await db.Facts.SingleAsync();
        Assert.Equal(new DateOnly(2018, 5, 4), fact.DateStart);
        Assert.Equal(article.OutletId, fact.OutletId);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => ingestion.UpdateArticleMetadataAsync(id + 100, null, null));
    }
}

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool, which makes assertions racy).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
