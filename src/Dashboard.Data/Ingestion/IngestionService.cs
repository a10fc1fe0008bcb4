using System.Globalization;
using System.Threading.Channels;
using Dashboard.Data.Entities;
using Dashboard.Extraction;
using Dashboard.Extraction.Metadata;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Dashboard.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Reads, extracts and stores articles. Reading and extraction run in parallel; one writer stores the results,
/// each article in its own transaction, so a bad input costs only itself.
/// </summary>
public sealed class IngestionService(
    IDbContextFactory<DashboardDbContext> factory,
    IArticleExtractor extractor,
    ILogger<IngestionService>? logger = null,
    DataVersion? dataVersion = null) : IIngestionService
{
    private readonly ILogger _logger = logger ?? NullLogger<IngestionService>.Instance;

    /// <summary>Extracted articles waiting for the writer; bounds memory when extraction outpaces storage.</summary>
    private const int WriterQueueLength = 256;

    /// <summary>Articles per commit: large enough to amortise index page writes, small enough to keep readers current.</summary>
    private const int CommitEvery = 200;

    /// <summary>How long the writer holds uncommitted articles while waiting for more work.</summary>
    /// <summary>Articles loaded, extracted and committed together when re-extracting.</summary>
    private const int ReextractChunk = 256;

    private static readonly TimeSpan CommitWhenIdleFor = TimeSpan.FromMilliseconds(100);

    private sealed record Input(IngestSource? Source, string Name, bool FromDisk, string? Error);

    public Task<IngestSummary> IngestPathsAsync(IEnumerable<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(ExpandPaths(paths), options, new MetadataFiles(), progress, ct);

    public Task<IngestSummary> IngestAsync(IEnumerable<IngestSource> sources, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(sources.Select(s => new Input(s, s.Name, FromDisk: false, null)).ToList(), options, metadataFiles: null, progress, ct);

    private static List<Input> ExpandPaths(IEnumerable<string> paths)
    {
        var inputs = new List<Input>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(ArticleReader.IsArticleFile)
                    .Order(StringComparer.Ordinal);
                inputs.AddRange(files.Select(f => new Input(IngestSource.FromFile(f), f, FromDisk: true, null)));
            }
            else if (File.Exists(path))
            {
                // Named explicitly: any extension is read as text, but metadata files are never articles.
                if (!MetadataFiles.IsMetadataFile(path)) inputs.Add(new Input(IngestSource.FromFile(path), path, FromDisk: true, null));
            }
            else
            {
                inputs.Add(new Input(null, path, FromDisk: false, "not found"));
            }
        }
        return inputs;
    }

    /// <summary>
    /// Inputs are prepared (read, decoded, extracted) concurrently but handed to the single writer in input order,
    /// so article ids follow the order of the files and the queue of finished work stays bounded.
    /// </summary>
    private async Task<IngestSummary> RunAsync(IReadOnlyList<Input> inputs, IngestOptions options, MetadataFiles? metadataFiles, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var queue = Channel.CreateBounded<Task<IReadOnlyList<PreparedItem>>>(new BoundedChannelOptions(WriterQueueLength) { SingleReader = true, SingleWriter = true });
        var given = ArticleMetadata.From(options);
        using var workers = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var producer = Task.Run(async () =>
        {
            try
            {
                for (var index = 0; index < inputs.Count; index++)
                {
                    await workers.WaitAsync(stop.Token);
                    var input = inputs[index];
                    var work = Task.Run(async () =>
                    {
                        try
                        {
                            return await PrepareAsync(input, given, options.MaxBytes, metadataFiles, stop.Token);
                        }
                        finally
                        {
                            workers.Release();
                        }
                    }, stop.Token);
                    await queue.Writer.WriteAsync(work, stop.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception ex)
            {
                queue.Writer.Complete(ex);
            }
        }, stop.Token);

        var results = new List<IngestFileResult>(inputs.Count);
        var uncommitted = new List<int>();
        var done = 0;
        try
        {
            await using var store = await ArticleStore.OpenAsync(factory, ct);
            await foreach (var work in queue.Reader.ReadAllAsync(ct))
            {
                foreach (var item in await work)
                {
                    var result = item.Article is { } article
                        ? await store.WriteAsync(article, ct)
                        : new IngestFileResult(item.Name, IngestOutcome.Failed, null, 0, item.Error);
                    if (result.Outcome == IngestOutcome.Stored) uncommitted.Add(results.Count);
                    results.Add(result);
                    if (item.LastOfSource) progress?.Report(new IngestProgress(++done, inputs.Count, item.Name));
                }
                // Commit when the batch is full, or when no more work is coming soon, so a lone upload is not held back.
                if (store.PendingCount >= CommitEvery || !await NextWorkReadySoonAsync(queue.Reader, ct))
                    await CommitAsync(store, results, uncommitted, ct);
            }
            await CommitAsync(store, results, uncommitted, ct);
        }
        finally
        {
            // On cancellation or a store failure, stop preparing and let the producer finish before returning.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        foreach (var failed in results.Where(r => r.Outcome == IngestOutcome.Failed))
            _logger.LogWarning("Not ingested: {File}: {Reason}", failed.Name, failed.Error);
        return new IngestSummary(results);
    }

    /// <summary>True when the next input's preparation finishes within a short wait.</summary>
    private static async Task<bool> NextWorkReadySoonAsync(ChannelReader<Task<IReadOnlyList<PreparedItem>>> reader, CancellationToken ct)
    {
        if (reader.TryPeek(out var next) && next.IsCompleted) return true;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(CommitWhenIdleFor);
        try
        {
            if (!await reader.WaitToReadAsync(wait.Token) || !reader.TryPeek(out next)) return false;
            await next.WaitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task CommitAsync(ArticleStore store, List<IngestFileResult> results, List<int> uncommitted, CancellationToken ct)
    {
        var error = await store.CommitAsync(ct);
        dataVersion?.Changed();
        if (error != null)
        {
            foreach (var index in uncommitted) results[index] = results[index] with { Outcome = IngestOutcome.Failed, ArticleId = null, FactCount = 0, Error = error };
        }
        uncommitted.Clear();
    }

    /// <summary>Reads one input and extracts each article in it; every problem becomes a failure item, never an exception.</summary>
    private async Task<IReadOnlyList<PreparedItem>> PrepareAsync(Input input, ArticleMetadata given, long maxBytes, MetadataFiles? metadataFiles, CancellationToken ct)
    {
        if (input.Source == null) return [new PreparedItem(true, input.Name, null, input.Error)];

        IReadOnlyList<ReadArticle> articles;
        try
        {
            articles = await ArticleReader.ReadAsync(input.Source, maxBytes, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [new PreparedItem(true, input.Name, null, $"cannot read the input: {ex.Message}")];
        }
        var items = new List<PreparedItem>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var read = articles[i];
            var last = i == articles.Count - 1;
            try
            {
                if (!read.Succeeded)
                {
                    items.Add(new PreparedItem(last, read.Name, null, read.Error));
                    continue;
                }
                var files = input.FromDisk && metadataFiles != null ? metadataFiles.For(input.Name) : ArticleMetadata.None;
                var stated = given.Over(read.Embedded).Over(files);
                items.Add(new PreparedItem(last, read.Name, Prepare(read, stated), null));
            }
            catch (InvalidDataException ex)
            {
                items.Add(new PreparedItem(last, read.Name, null, ex.Message));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The extractor promises never to throw; if it does, only this article is lost.
                items.Add(new PreparedItem(last, read.Name, null, $"extraction failed: {ex.GetType().Name}: {ex.Message}"));
            }
        }
        return items;
    }

    /// <summary>Resolves metadata (stated sources over what the text says) and extracts.</summary>
    private PreparedArticle Prepare(ReadArticle read, ArticleMetadata stated)
    {
        var text = read.Text!;
        var sniffed = TextMetadata.Sniff(text);
        var (published, basis) = stated.Published is { } given
            ? (given, PublishedBasis.Given)
            : sniffed.Published is { } fromText ? (fromText, PublishedBasis.Text) : ((DateOnly?)null, PublishedBasis.None);
        var extraction = extractor.Extract(text, published);
        return new PreparedArticle(
            read.Name,
            text,
            ContentHash.Compute(text),
            Title: stated.Title ?? read.DocumentTitle ?? sniffed.Title,
            Url: stated.Url,
            Outlet: stated.Outlet ?? sniffed.Outlet,
            published,
            basis,
            extractor.Version,
            extraction);
    }

    public async Task<int> ReextractAsync(bool all = false, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        await ReextractAsync(await FindArticlesToReextractAsync(all, ct), progress, ct);

    public async Task<IReadOnlyList<int>> FindArticlesToReextractAsync(bool all = false, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var currentVersion = extractor.Version;
        return await db.Articles.AsNoTracking()
            .Where(a => all || a.ExtractorVersion != currentVersion)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
    }

    public async Task<int> ReextractAsync(IReadOnlyList<int> articleIds, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        if (articleIds.Count == 0) return 0;
        await using var db = await factory.CreateDbContextAsync(ct);
        await SqliteTuning.UseWriterCacheAsync(db, ct);

        var replaced = 0;
        var done = 0;
        db.Database.AutoSavepointsEnabled = false;
        using var replacer = new ExtractionReplacer(db);
        foreach (var chunk in articleIds.Chunk(ReextractChunk))
        {
            var sources = await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id))
                .Select(a => new { a.Id, a.Text, a.PublishedOn, a.OutletId }).ToListAsync(ct);
            var extracted = sources.AsParallel().WithCancellation(ct)
                .Select(a => (a.Id, a.OutletId, a.PublishedOn, Result: TryExtract(a.Id, a.Text, a.PublishedOn)))
                .ToList();

            // One transaction per chunk, a savepoint per article: each article's swap is whole or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The app serves (and takes uploads and edits) while it re-extracts: an article deleted or given another outlet
            // or date since it was read has been dealt with by that change, which extracted it afresh. Read again under
            // the write lock the transaction holds, so nothing moves between this look and the swap.
            var current = (await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id))
                .Select(a => new { a.Id, a.OutletId, a.PublishedOn }).ToListAsync(ct)).ToDictionary(a => a.Id, a => (a.OutletId, a.PublishedOn));
            foreach (var (id, outletId, publishedOn, result) in extracted.OrderBy(e => e.Id))
            {
                var unchanged = current.TryGetValue(id, out var now) && now == (outletId, publishedOn);
                if (result != null && unchanged && await TryReplaceAsync(replacer, transaction, id, outletId, publishedOn, result, ct)) replaced++;
                progress?.Report(new IngestProgress(++done, articleIds.Count, id.ToString(CultureInfo.InvariantCulture)));
            }
            // Ids gone from the store were never read: they count as done.
            done += chunk.Length - extracted.Count;
            await transaction.CommitAsync(ct);
            dataVersion?.Changed();
        }
        _logger.LogInformation("Re-extracted {Count} articles with extractor {Version}", replaced, extractor.Version);
        return replaced;
    }

    private ExtractionResult? TryExtract(int articleId, string text, DateOnly? published)
    {
        try
        {
            return extractor.Extract(text, published);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Extraction failed for article {ArticleId}; its stored facts are kept", articleId);
            return null;
        }
    }

    private async Task<bool> TryReplaceAsync(ExtractionReplacer replacer, IDbContextTransaction transaction, int articleId, int? outletId,
        DateOnly? publishedOn, ExtractionResult result, CancellationToken ct)
    {
        const string savepoint = "reextract";
        await transaction.CreateSavepointAsync(savepoint, ct);
        try
        {
            await replacer.ReplaceAsync(transaction, articleId, outletId, publishedOn, extractor.Version, result, ct);
            await transaction.ReleaseSavepointAsync(savepoint, ct);
            return true;
        }
        catch (Exception ex) when (ex is DbUpdateException or SqliteException)
        {
            await transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            await transaction.ReleaseSavepointAsync(savepoint, CancellationToken.None);
            _logger.LogWarning(ex, "Could not store the new extraction of article {ArticleId}; its stored facts are kept", articleId);
            return false;
        }
    }

    public async Task UpdateArticleMetadataAsync(int articleId, string? outletName, DateOnly? published, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct)
            ?? throw new KeyNotFoundException($"Article {articleId} does not exist.");

        // A null argument leaves that field as it is.
        if (!string.IsNullOrWhiteSpace(outletName))
        {
            var identity = OutletNames.Identify(outletName, article.Url);
            var outlet = await db.Outlets.SingleOrDefaultAsync(o => o.Key == identity.Key, ct);
            if (outlet == null)
            {
                outlet = new Outlet { Name = identity.Name, Key = identity.Key, EnglishName = identity.EnglishName, Domain = identity.Domain };
                db.Outlets.Add(outlet);
                await db.SaveChangesAsync(ct);
            }
            article.OutletId = outlet.Id;
        }
        if (published is { } date)
        {
            article.PublishedOn = date;
            article.PublishedBasis = PublishedBasis.Given;
        }
        await db.SaveChangesAsync(ct);

        // Relative dates resolve against the publication date, so the facts are extracted again.
        var result = extractor.Extract(article.Text, article.PublishedOn);
        using var replacer = new ExtractionReplacer(db);
        await replacer.ReplaceAsync(transaction, articleId, article.OutletId, article.PublishedOn, extractor.Version, result, ct);
        await transaction.CommitAsync(ct);
        dataVersion?.Changed();
    }
}
