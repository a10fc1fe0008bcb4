using Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
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
    private IDbContextTransaction? _batch;

    private readonly ArticleRowWriter _rows;

    private ArticleStore(DashboardDbContext db, Dictionary<string, int> articleIdsByHash, Dictionary<string, int> outletIdsByKey, ArticleRowWriter rows)
    {
        _rows = rows;
        _db = db;
        _articleIdsByHash = articleIdsByHash;
        _outletIdsByKey = outletIdsByKey;
    }

    /// <summary>Articles written since the last commit.</summary>
    public int PendingCount => _pendingHashes.Count;

    public static async Task<ArticleStore> OpenAsync(IDbContextFactory<DashboardDbContext> factory, CancellationToken ct)
    {
        var db = await factory.CreateDbContextAsync(ct);
        // This writer places its own savepoints; EF's automatic ones would only add statements.
        db.Database.AutoSavepointsEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var hashes = await db.Articles.AsNoTracking().Select(a => new { a.ContentHash, a.Id }).ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, ct);
        var outlets = await db.Outlets.AsNoTracking().Select(o => new { o.Key, o.Id }).ToDictionaryAsync(o => o.Key, o => o.Id, StringComparer.Ordinal, ct);
        // Held open for the store's life, so the prepared inserts stay prepared from one batch to the next.
        await db.Database.OpenConnectionAsync(ct);
        return new ArticleStore(db, hashes, outlets, new ArticleRowWriter((SqliteConnection)db.Database.GetDbConnection()));
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
        var transaction = (SqliteTransaction)_batch.GetDbTransaction();
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
                    // The outlet id is copied into every fact row, so it is needed before they are written.
                    var newId = await _rows.InsertOutletAsync(identity, transaction, ct);
                    outletId = newId;
                    _outletIdsByKey[identity.Key] = newId;
                    createdOutletKey = identity.Key;
                }
            }

            var articleId = await _rows.InsertArticleAsync(prepared, outletId, DateTime.UtcNow, transaction, ct);
            await _batch.ReleaseSavepointAsync(Savepoint, ct);

            _articleIdsByHash[prepared.ContentHash] = articleId;
            _pendingHashes.Add(prepared.ContentHash);
            if (createdOutletKey != null) _pendingOutletKeys.Add(createdOutletKey);
            return new IngestFileResult(prepared.Name, IngestOutcome.Stored, articleId, prepared.Extraction.Facts.Count, null);
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
        _rows.Dispose();
        await _db.DisposeAsync();
    }
}
