using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class AtomicityTests
{
    [Fact]
    public async Task An_article_that_fails_while_being_stored_leaves_no_trace_and_the_rest_of_the_batch_lands()
    {
        await using var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor()));
        var folder = database.CreateSubfolder("batch");
        File.WriteAllText(Path.Combine(folder, "1-good.txt"), ArabicSamples.Strike);
        // The new outlet is written first, then the article's facts fail: all of it must roll back.
        File.WriteAllText(Path.Combine(folder, "2-bad.txt"), ArabicSamples.Arrest + ScriptedExtractor.UnstorableMarker);
        File.WriteAllText(Path.Combine(folder, "2-bad.meta.json"), """{"outlet": "صحيفة لم تخزن", "published": "2021-03-04"}""");
        File.WriteAllText(Path.Combine(folder, "3-good.txt"), ArabicSamples.Camps + ScriptedExtractor.FactMarker);

        var summary = await database.Get<IIngestionService>().IngestPathsAsync([folder], new IngestOptions());

        Assert.Equal([IngestOutcome.Stored, IngestOutcome.Failed, IngestOutcome.Stored], summary.Files.Select(f => f.Outcome));
        var failure = summary.Files[1];
        Assert.EndsWith("2-bad.txt", failure.Name);
        Assert.Contains("could not be stored", failure.Error);

        await using var db = database.CreateContext();
        Assert.Equal(["1-good.txt", "3-good.txt"], await db.Articles.OrderBy(a => a.Id).Select(a => a.SourceFile!).ToListAsync());
        Assert.Empty(await db.Outlets.ToListAsync());
        Assert.Equal(2, await db.Facts.CountAsync());
        Assert.DoesNotContain(await db.Facts.Select(f => f.Sentence).ToListAsync(), s => s == ScriptedExtractor.UnstorableMarker);
        Assert.Equal(0, await db.DateMentions.CountAsync(d => d.DateStart == new DateOnly(2021, 3, 4)));
        var articleIds = await db.Articles.Select(a => a.Id).ToListAsync();
        Assert.True(await db.Facts.AllAsync(f => articleIds.Contains(f.ArticleId)));
    }

    [Fact]
    public async Task An_extractor_exception_fails_only_its_file()
    {
        await using var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor()));
        var sources = new[]
        {
            IngestSource.FromBytes("throws.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Arrest + ScriptedExtractor.ThrowMarker)),
            IngestSource.FromBytes("fine.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Strike)),
        };

        var summary = await database.Get<IIngestionService>().IngestAsync(sources, new IngestOptions());

        Assert.Equal(IngestOutcome.Failed, summary.Files[0].Outcome);
        Assert.Contains("extraction failed", summary.Files[0].Error);
        Assert.Contains("scripted extractor failure", summary.Files[0].Error);
        Assert.Equal(IngestOutcome.Stored, summary.Files[1].Outcome);
        await using var db = database.CreateContext();
        Assert.Equal("fine.txt", await db.Articles.Select(a => a.SourceFile).SingleAsync());
    }

    [Fact]
    public async Task A_batch_larger_than_the_writer_queue_stores_every_article_in_input_order()
    {
        await using var database = await TempDatabase.CreateAsync(
            configureServices: s => s.AddSingleton<Extraction.IArticleExtractor>(new ScriptedExtractor()));
        var sources = Enumerable.Range(0, 600)
            .Select(i => IngestSource.FromBytes($"n{i:D4}.txt", System.Text.Encoding.UTF8.GetBytes(ArabicSamples.Numbered(i % 500))))
            .ToList();

        var summary = await database.Get<IIngestionService>().IngestAsync(sources, new IngestOptions { Outlet = "Sky News Arabia" });

        Assert.Equal("", string.Join("\n", summary.Files.Where(f => f.Outcome == IngestOutcome.Failed).Select(f => f.Error).Distinct()));
        Assert.Equal(500, summary.Stored);
        Assert.Equal(100, summary.Duplicates);
        Assert.Equal(sources.Select(s => s.Name), summary.Files.Select(f => f.Name));
        await using var db = database.CreateContext();
        Assert.Equal(500, await db.Articles.CountAsync());
        Assert.Equal(500, await db.Facts.CountAsync());
        var outlet = await db.Outlets.SingleAsync();
        Assert.Equal("سكاي نيوز عربية", outlet.Name);
        Assert.True(await db.Facts.AllAsync(f => f.OutletId == outlet.Id));
    }
}
