using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Ingestion;

/// <summary>Swaps a stored article's facts and dates for a new extraction, inside the caller's transaction.</summary>
internal sealed class ExtractionReplacer(DashboardDbContext db) : IDisposable
{
    private readonly ModelRowInserter<FactRecord> _facts = new(db);
    private readonly ModelRowInserter<DateMentionRecord> _dates = new(db);

    public async Task ReplaceAsync(IDbContextTransaction transaction, int articleId, int? outletId, DateOnly? publishedOn,
        string extractorVersion, ExtractionResult result, CancellationToken ct)
    {
        await db.Facts.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.DateMentions.Where(d => d.ArticleId == articleId).ExecuteDeleteAsync(ct);
        var dbTransaction = transaction.GetDbTransaction();
        foreach (var fact in ExtractionRecords.Facts(result, outletId, publishedOn))
        {
            fact.ArticleId = articleId;
            _facts.Insert(fact, dbTransaction);
        }
        foreach (var date in ExtractionRecords.Dates(result))
        {
            date.ArticleId = articleId;
            _dates.Insert(date, dbTransaction);
        }
        var factCount = result.Facts.Count;
        await db.Articles.Where(a => a.Id == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractorVersion, extractorVersion).SetProperty(a => a.FactCount, factCount), ct);
        // The store's triggers log deleted rows and rows added to an older article, not the first rows of the newest
        // one (its ids follow the snapshot's mark, yet it is not read again as a new article): the change is logged here.
        await db.Database.ExecuteSqlAsync($"INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES ({articleId})", ct);
    }

    public void Dispose()
    {
        _facts.Dispose();
        _dates.Dispose();
    }
}
