using Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Dashboard.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// The single writer of a batch. Articles are written inside a batch transaction, each under its own savepoint:
/// an article (with its new outlet, facts and dates) lands whole or is rolled back to the savepoint, leaving no
/// trace, while the others go on. Committing many articles at once writes each index page once per batch instead
/// of once per article. Known content hashes and outlets are held in memory so duplicates cost no query.
/// </summary>
internal sealed class ArticleStore : IAsyncDisposable
{
    private const string Savepoint = "article";

    private readonly DashboardDbContext _db;
    private readonly Dictionary<string, int> _articleIdsByHash;
    private readonly Dictionary<string, int> _outletIdsByKey;
    private readonly List<string> _pendingHashes = [];
    private readonly List<string> _pendingOutletKeys = [];
    private readonly ModelRowInserter<Article> _articles;
    private readonly ModelRowInserter<FactRecord> _facts;
    private readonly ModelRowInserter<DateMentionRecord> _dates;
    private IDbContextTransaction? _batch;

    private ArticleStore(DashboardDbContext db, Dictionary<string, int> articleIdsByHash, Dictionary<string, int> outletIdsByKey)
    {
        _db = db;
        _articleIdsByHash = articleIdsByHash;
        _outletIdsByKey = outletIdsByKey;
        // Rows go in through prepared statements: change tracking would cost more than the inserts themselves.
        _articles = new ModelRowInserter<Article>(db);
        _facts = new ModelRowInserter<FactRecord>(db);
        _dates = new ModelRowInserter<DateMentionRecord>(db);
    }

    /// <summary>Articles written since the last commit.</summary>
    public int PendingCount => _pendingHashes.Count;

    public static async Task<ArticleStore> OpenAsync(IDbContextFactory<DashboardDbContext> factory, CancellationToken ct)
    {
        var db = await factory.CreateDbContextAsync(ct);
        // This writer places its own savepoints; EF's automatic ones would only add statements.
        db.Database.AutoSavepointsEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await SqliteTuning.UseWriterCacheAsync(db, ct);
        var hashes = await db.Articles.AsNoTracking().Select(a => new { a.ContentHash, a.Id }).ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, ct);
        var outlets = await db.Outlets.AsNoTracking().Select(o => new { o.Key, o.Id }).ToDictionaryAsync(o => o.Key, o => o.Id, StringComparer.Ordinal, ct);
        return new ArticleStore(db, hashes, outlets);
    }

    /// <summary>
    /// Writes one article into the open batch. A <see cref="IngestOutcome.Stored"/> result holds only once
    /// <see cref="CommitAsync"/> succeeds.
    /// </summary>
    public async Task<IngestFileResult> WriteAsync(PreparedArticle prepared, CancellationToken ct)
    {
        if (_articleIdsByHash.TryGetValue(prepared.ContentHash, out var existingId))
            return new IngestFileResult(prepared.Name, IngestOutcome.Duplicate, existingId, 0, null);

        _batch ??= await _db.Database.BeginTransactionAsync(ct);
        await _batch.CreateSavepointAsync(Savepoint, ct);
        string? createdOutletKey = null;
        try
        {
            int? outletId = null;
            if (prepared.Outlet != null)
            {
                var identity = OutletNames.Identify(prepared.Outlet, prepared.Url);
                if (_outletIdsByKey.TryGetValue(identity.Key, out var knownId))
                {
                    outletId = knownId;
                }
                else
                {
                    var outlet = new Outlet { Name = identity.Name, Key = identity.Key, EnglishName = identity.EnglishName, Domain = identity.Domain };
                    _db.Outlets.Add(outlet);
                    // The outlet id is copied into every fact row, so it is needed before they are built.
                    await _db.SaveChangesAsync(ct);
                    outletId = outlet.Id;
                    _outletIdsByKey[identity.Key] = outlet.Id;
                    createdOutletKey = identity.Key;
                }
            }

            var article = new Article
            {
                OutletId = outletId,
                Title = prepared.Title,
                Url = prepared.Url,
                PublishedOn = prepared.Published,
                PublishedBasis = prepared.PublishedBasis,
                Text = prepared.Text,
                ContentHash = prepared.ContentHash,
                SourceFile = Path.GetFileName(prepared.Name),
                IngestedAtUtc = DateTime.UtcNow,
                ExtractorVersion = prepared.ExtractorVersion,
                FactCount = prepared.Extraction.Facts.Count,
            };
            var transaction = _batch.GetDbTransaction();
            article.Id = checked((int)_articles.Insert(article, transaction));
            foreach (var fact in ExtractionRecords.Facts(prepared.Extraction, outletId, prepared.Published))
            {
                fact.ArticleId = article.Id;
                _facts.Insert(fact, transaction);
            }
            foreach (var date in ExtractionRecords.Dates(prepared.Extraction))
            {
                date.ArticleId = article.Id;
                _dates.Insert(date, transaction);
            }
            await _batch.ReleaseSavepointAsync(Savepoint, ct);

            _articleIdsByHash[prepared.ContentHash] = article.Id;
            _pendingHashes.Add(prepared.ContentHash);
            if (createdOutletKey != null) _pendingOutletKeys.Add(createdOutletKey);
            return new IngestFileResult(prepared.Name, IngestOutcome.Stored, article.Id, article.FactCount, null);
        }
        catch (Exception ex) when (ex is DbUpdateException or SqliteException or InvalidOperationException)
        {
            await _batch.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            await _batch.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
            if (createdOutletKey != null) _outletIdsByKey.Remove(createdOutletKey);
            return await DescribeFailureAsync(prepared, ex, ct);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>Makes the batch's articles permanent; null on success, else why the whole batch was lost.</summary>
    public async Task<string?> CommitAsync(CancellationToken ct)
    {
        if (_batch == null) return null;
        try
        {
            await _batch.CommitAsync(ct);
            _pendingHashes.Clear();
            _pendingOutletKeys.Clear();
            return null;
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            ForgetPending();
            return "could not be stored: " + ex.Message;
        }
        finally
        {
            await _batch.DisposeAsync();
            _batch = null;
        }
    }

    /// <summary>Another writer may have stored the same article meanwhile: that is a duplicate, not a failure.</summary>
    private async Task<IngestFileResult> DescribeFailureAsync(PreparedArticle prepared, Exception ex, CancellationToken ct)
    {
        var existing = await _db.Articles.AsNoTracking().Where(a => a.ContentHash == prepared.ContentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            _articleIdsByHash[prepared.ContentHash] = id;
            return new IngestFileResult(prepared.Name, IngestOutcome.Duplicate, id, 0, null);
        }
        var reason = ex.InnerException?.Message ?? ex.Message;
        return new IngestFileResult(prepared.Name, IngestOutcome.Failed, null, 0, "could not be stored: " + reason);
    }

    private void ForgetPending()
    {
        foreach (var hash in _pendingHashes) _articleIdsByHash.Remove(hash);
        foreach (var key in _pendingOutletKeys) _outletIdsByKey.Remove(key);
        _pendingHashes.Clear();
        _pendingOutletKeys.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        // An uncommitted batch (cancellation, an unexpected error) is rolled back by disposing it.
        if (_batch != null)
        {
            await _batch.DisposeAsync();
            ForgetPending();
        }
        _articles.Dispose();
        _facts.Dispose();
        _dates.Dispose();
        await _db.DisposeAsync();
    }
}
