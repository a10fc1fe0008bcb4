using Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// The single writer of a batch. Each article is its own transaction: article, new outlet, facts and dates land
/// together or not at all. Known content hashes and outlets are held in memory so duplicates cost no query.
/// </summary>
internal sealed class ArticleStore : IAsyncDisposable
{
    private readonly DashboardDbContext _db;
    private readonly Dictionary<string, int> _articleIdsByHash;
    private readonly Dictionary<string, int> _outletIdsByKey;

    private ArticleStore(DashboardDbContext db, Dictionary<string, int> articleIdsByHash, Dictionary<string, int> outletIdsByKey)
    {
        _db = db;
        _articleIdsByHash = articleIdsByHash;
        _outletIdsByKey = outletIdsByKey;
    }

    public static async Task<ArticleStore> OpenAsync(IDbContextFactory<DashboardDbContext> factory, CancellationToken ct)
    {
        var db = await factory.CreateDbContextAsync(ct);
        // This writer owns its transactions; EF's automatic savepoints would only add statements.
        db.Database.AutoSavepointsEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var hashes = await db.Articles.AsNoTracking().Select(a => new { a.ContentHash, a.Id }).ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, ct);
        var outlets = await db.Outlets.AsNoTracking().Select(o => new { o.Key, o.Id }).ToDictionaryAsync(o => o.Key, o => o.Id, StringComparer.Ordinal, ct);
        return new ArticleStore(db, hashes, outlets);
    }

    public async Task<IngestFileResult> WriteAsync(PreparedArticle prepared, CancellationToken ct)
    {
        if (_articleIdsByHash.TryGetValue(prepared.ContentHash, out var existingId))
            return new IngestFileResult(prepared.Name, IngestOutcome.Duplicate, existingId, 0, null);

        (string Key, int Id)? createdOutlet = null;
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
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
                    createdOutlet = (identity.Key, outlet.Id);
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
                Facts = ExtractionRecords.Facts(prepared.Extraction, outletId, prepared.Published),
                DateMentions = ExtractionRecords.Dates(prepared.Extraction),
            };
            _db.Articles.Add(article);
            await _db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            _articleIdsByHash[prepared.ContentHash] = article.Id;
            if (createdOutlet is { } created) _outletIdsByKey[created.Key] = created.Id;
            return new IngestFileResult(prepared.Name, IngestOutcome.Stored, article.Id, article.FactCount, null);
        }
        catch (Exception ex) when (ex is DbUpdateException or SqliteException or InvalidOperationException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return await DescribeFailureAsync(prepared, ex, ct);
        }
        finally
        {
            _db.ChangeTracker.Clear();
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

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
