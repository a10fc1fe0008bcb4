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
        Assert.Equal(["Re-extracting 2 articles stored by an older extractor version before serving", "Re-extracted 2 articles with extractor scripted-2"], ours);
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
