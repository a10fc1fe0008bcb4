using System.Globalization;
using System.Runtime.CompilerServices;
using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The read side over SQLite. Every call opens its own short-lived context; totals are GROUP BY / SUM in SQL and only
/// the aggregated rows (or one page, or a stream) cross into memory.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<DashboardDbContext> contexts) : IExportQueries
{
    /// <summary>
    /// Lists of individual facts (claims, funding) return at most this many rows, the newest. The overview draws each
    /// one with its sentence in the table beside it: 10,000 made a 5 MB first render at a million facts.
    /// </summary>
    public const int ListLimit = 1_000;

    public const int MaxPageSize = 1000;

    public async Task<OverviewCards> GetCardsAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var facts = db.Facts.AsNoTracking().Matching(filter);
        int articleCount, outletCount;
        if (FactFilterExpressions.HasFactConditions(filter))
        {
            // Articles with a matching fact, counted from the facts (which carry their article's outlet and date) in one
            // pass, rather than a correlated EXISTS per article.
            articleCount = await facts.Select(f => f.ArticleId).Distinct().CountAsync(ct);
            outletCount = await facts.Where(f => f.OutletId != null).Select(f => f.OutletId).Distinct().CountAsync(ct);
        }
        else
        {
            var articles = db.Articles.AsNoTracking().Matching(db.Facts, filter);
            articleCount = await articles.CountAsync(ct);
            outletCount = await articles.Where(a => a.OutletId != null).Select(a => a.OutletId).Distinct().CountAsync(ct);
        }
        // One pass over the matching facts, grouped small enough to sort out in memory: every figure below is a SQL SUM.
        var groups = await facts
            .GroupBy(f => new { f.Kind, f.Scope, f.Unit })
            .Select(g => new
            {
                g.Key.Kind, g.Key.Scope, g.Key.Unit,
                Min = g.Sum(f => f.Min), Max = g.Sum(f => f.Max), Count = g.Count(),
                First = g.Min(f => f.DateStart), Last = g.Max(f => f.DateEnd ?? f.DateStart),
            })
            .ToListAsync(ct);

        return AggregateShapes.Cards(articleCount, outletCount,
            groups.Select(g => new CardGroup(g.Kind, g.Scope, g.Unit, g.Min, g.Max, g.Count, g.First, g.Last)).ToList(), mode);
    }

    public async Task<IReadOnlyList<MonthlyPoint>> GetMonthlyTotalsAsync(FactFilter filter, SeriesBy seriesBy, ValueMode mode, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var facts = db.Facts.AsNoTracking().Matching(filter).Countable().Where(f => f.DateStart != null);

        // Months are grouped on the stored text's "yyyy-MM" prefix: one substr per row, where DateOnly.Year and .Month
        // translate to two strftime calls. The cast through object makes EF read the column as the text it is.
        List<MonthlyPoint> points;
        switch (seriesBy)
        {
            case SeriesBy.Outlet:
                var byOutlet = await facts
                    .GroupBy(f => new { Month = ((string)(object)f.DateStart!).Substring(0, 7), f.Kind, f.OutletId })
                    .Select(g => new { g.Key.Month, g.Key.Kind, g.Key.OutletId, Min = g.Sum(f => f.Min), Max = g.Sum(f => f.Max), Count = g.Count() })
                    .ToListAsync(ct);
                var names = await OutletNamesAsync(db, ct);
                points = byOutlet.Select(p => new MonthlyPoint(YearOf(p.Month), MonthOf(p.Month), p.Kind, OutletLabel(names, p.OutletId), p.OutletId, p.Min, p.Max, p.Count)).ToList();
                break;
            case SeriesBy.Claimant:
                var byClaimant = await facts
                    .GroupBy(f => new { Month = ((string)(object)f.DateStart!).Substring(0, 7), f.Kind, f.Attribution })
                    .Select(g => new { g.Key.Month, g.Key.Kind, g.Key.Attribution, Min = g.Sum(f => f.Min), Max = g.Sum(f => f.Max), Count = g.Count() })
                    .ToListAsync(ct);
                points = byClaimant.Select(p => new MonthlyPoint(YearOf(p.Month), MonthOf(p.Month), p.Kind, p.Attribution ?? SeriesLabels.Unattributed, null, p.Min, p.Max, p.Count)).ToList();
                break;
            default:
                var byGovernorate = await facts
                    .GroupBy(f => new { Month = ((string)(object)f.DateStart!).Substring(0, 7), f.Kind, f.Governorate })
                    .Select(g => new { g.Key.Month, g.Key.Kind, g.Key.Governorate, Min = g.Sum(f => f.Min), Max = g.Sum(f => f.Max), Count = g.Count() })
                    .ToListAsync(ct);
                points = byGovernorate.Select(p => new MonthlyPoint(YearOf(p.Month), MonthOf(p.Month), p.Kind, p.Governorate ?? SeriesLabels.UnknownPlace, null, p.Min, p.Max, p.Count)).ToList();
                break;
        }

        return AggregateShapes.OrderMonthly(points, mode);
    }

    public async Task<SourceBreakdown> GetBySourceAsync(FactFilter filter, ValueMode mode, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var facts = db.Facts.AsNoTracking().Matching(filter).Countable();

        var byOutletRaw = await facts
            .GroupBy(f => new { f.OutletId, f.Kind })
            .Select(g => new { g.Key.OutletId, g.Key.Kind, Min = g.Sum(f => f.Min), Max = g.Sum(f => f.Max), Count = g.Count() })
            .ToListAsync(ct);
        var names = await OutletNamesAsync(db, ct);
        var byOutlet = byOutletRaw.Select(p => new SourcePoint(OutletLabel(names, p.OutletId), p.OutletId, p.Kind, p.Min, p.Max, p.Count));

        var byClaimantRaw = await facts
            .GroupBy(f => new { f.Attribution, f.Kind })
            .Select(g => new { g.Key.Attribution, g.Key.Kind, Min = g.Sum(f => f.Min), Max = g.Sum(f => f.Max), Count = g.Count() })
            .ToListAsync(ct);
        var byClaimant = byClaimantRaw.Select(p => new SourcePoint(p.Attribution ?? SeriesLabels.Unattributed, null, p.Kind, p.Min, p.Max, p.Count));

        return new SourceBreakdown(AggregateShapes.OrderSources(byOutlet, mode), AggregateShapes.OrderSources(byClaimant, mode));
    }

    public async Task<IReadOnlyList<ClaimSpan>> GetCumulativeClaimsAsync(FactFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var newestFirst = await db.Facts.AsNoTracking().Matching(filter)
            .Where(f => f.Scope == FactScope.Cumulative)
            .OrderByDescending(f => f.DateStart).ThenByDescending(f => f.Id)
            .Take(ListLimit)
            .Select(f => new ClaimSpan(f.Id, f.Kind, f.Min, f.Max, f.Qualifier, f.DateStart, f.DateEnd,
                f.Attribution, f.Article!.Outlet!.Name, f.Sentence))
            .ToListAsync(ct);
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task<IReadOnlyList<FundingPoint>> GetFundingAsync(FactFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var newestFirst = await db.Facts.AsNoTracking().Matching(filter)
            .Where(f => f.Kind == FactKind.Funding)
            .OrderByDescending(f => f.DateStart).ThenByDescending(f => f.Id)
            .Take(ListLimit)
            .Select(f => new FundingPoint(f.Id, f.DateStart, f.Actor, f.Unit, f.Min, f.Max, f.Qualifier, f.Article!.Outlet!.Name) { Scope = f.Scope })
            .ToListAsync(ct);
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default)
    {
        if (limit <= 0) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);

        var mentions = db.DateMentions.AsNoTracking().Where(m => m.DateStart != null);
        if (filter.From is not null || filter.To is not null)
        {
            var from = filter.From;
            var to = filter.To;
            if (filter.DateBy == DateField.Published)
            {
                mentions = mentions.Where(m => m.Article!.PublishedOn != null);
                if (from is not null) mentions = mentions.Where(m => m.Article!.PublishedOn >= from);
                if (to is not null) mentions = mentions.Where(m => m.Article!.PublishedOn <= to);
            }
            else
            {
                if (to is not null) mentions = mentions.Where(m => m.DateStart <= to);
                if (from is not null) mentions = mentions.Where(m => (m.DateEnd ?? m.DateStart) >= from);
            }
        }
        if (filter.OutletIds.Count > 0)
        {
            var outletIds = filter.StoredOutletIds();
            mentions = mentions.Where(m => outletIds.Contains(m.Article!.OutletId));
        }
        if (FactFilterExpressions.HasFactConditions(filter with { From = null, To = null }))
        {
            // Kinds, claimants and the like describe facts: keep the dates of articles that report a matching fact.
            var matchingFacts = db.Facts.Matching(filter);
            mentions = mentions.Where(m => matchingFacts.Any(f => f.ArticleId == m.ArticleId));
        }

        var mentionEvents = await mentions
            .OrderByDescending(m => m.DateStart).ThenByDescending(m => m.Id)
            .Take(limit)
            .Select(m => new TimelineEvent(m.DateStart!.Value, (m.DateEnd ?? m.DateStart).Value, m.DatePrecision, m.Text,
                m.ArticleId, m.Article!.Title, m.Article.Outlet!.Name))
            .ToListAsync(ct);

        var factEvents = await db.Facts.AsNoTracking().Matching(filter)
            .Where(f => f.DateStart != null)
            .OrderByDescending(f => f.DateStart).ThenByDescending(f => f.Id)
            .Take(limit)
            .Select(f => new { Start = f.DateStart!.Value, End = (f.DateEnd ?? f.DateStart).Value, f.DatePrecision, f.Kind, f.Min, f.Max, f.Unit, f.Scope,
                f.ArticleId, f.Article!.Title, Outlet = f.Article.Outlet!.Name })
            .ToListAsync(ct);

        return AggregateShapes.Timeline(mentionEvents,
            factEvents.Select(f => new TimelineEvent(f.Start, f.End, f.DatePrecision, FactCaption.Describe(f.Kind, f.Min, f.Max, f.Unit, f.Scope),
                f.ArticleId, f.Title, f.Outlet)),
            limit);
    }

    public async Task<Page<FactRow>> GetFactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default)
    {
        var (index, size) = CheckPage(pageIndex, pageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var facts = db.Facts.AsNoTracking().Matching(filter);
        var total = await facts.CountAsync(ct);
        var items = await facts.Sorted(sort).Skip(index * size).Take(size).Select(FactRowQueries.ToRow).ToListAsync(ct);
        return new Page<FactRow>(items, total, index, size);
    }

    public async IAsyncEnumerable<FactRow> StreamFactsAsync(FactFilter filter, FactSort sort, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = db.Facts.AsNoTracking().Matching(filter).Sorted(sort).Select(FactRowQueries.ToRow).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) yield return row;
    }

    public async Task<Page<ArticleRow>> GetArticlesPageAsync(FactFilter filter, int pageIndex, int pageSize, CancellationToken ct = default)
    {
        var (index, size) = CheckPage(pageIndex, pageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var articles = db.Articles.AsNoTracking().Matching(db.Facts, filter);
        var total = await articles.CountAsync(ct);
        var items = await NewestFirst(articles).Skip(index * size).Take(size).Select(ToArticleRow).ToListAsync(ct);
        return new Page<ArticleRow>(items, total, index, size);
    }

    public async IAsyncEnumerable<ArticleRow> StreamArticlesAsync(FactFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = NewestFirst(db.Articles.AsNoTracking().Matching(db.Facts, filter)).Select(ToArticleRow).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) yield return row;
    }

    public async Task<ArticleDetail?> GetArticleAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { Row = new ArticleRow(a.Id, a.Title, a.Outlet!.Name, a.OutletId, a.PublishedOn, a.PublishedBasis, a.FactCount, a.Url, a.SourceFile), a.Text, a.ExtractorVersion })
            .SingleOrDefaultAsync(ct);
        if (article is null) return null;

        var facts = await db.Facts.AsNoTracking().Where(f => f.ArticleId == id)
            .OrderBy(f => f.SpanStart).ThenBy(f => f.Id)
            .Select(FactRowQueries.ToRow)
            .ToListAsync(ct);
        var dates = await db.DateMentions.AsNoTracking().Where(m => m.ArticleId == id)
            .OrderBy(m => m.SpanStart).ThenBy(m => m.Id)
            .Select(m => new DateMention
            {
                Text = m.Text, DateStart = m.DateStart, DateEnd = m.DateEnd, DatePrecision = m.DatePrecision, DateBasis = m.DateBasis,
                Span = new TextSpan(m.SpanStart, m.SpanEnd),
            })
            .ToListAsync(ct);
        return new ArticleDetail(article.Row, article.Text, facts, dates, article.ExtractorVersion);
    }

    public async Task<FilterOptions> GetFilterOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var outlets = await OutletRowsAsync(db, ct);
        var claimants = await db.Facts.AsNoTracking().Where(f => f.Attribution != null).Select(f => f.Attribution!).Distinct().OrderBy(c => c).ToListAsync(ct);
        var governorates = await db.Facts.AsNoTracking().Where(f => f.Governorate != null).Select(f => f.Governorate!).Distinct().OrderBy(g => g).ToListAsync(ct);
        return new FilterOptions(outlets, claimants, governorates);
    }

    /// <summary>Every outlet with its article and fact counts, most articles first.</summary>
    public async Task<IReadOnlyList<OutletRow>> GetOutletsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await OutletRowsAsync(db, ct);
    }

    private static async Task<List<OutletRow>> OutletRowsAsync(DashboardDbContext db, CancellationToken ct)
    {
        var counts = await db.Articles.AsNoTracking().Where(a => a.OutletId != null)
            .GroupBy(a => a.OutletId)
            .Select(g => new { OutletId = g.Key!.Value, Articles = g.Count(), Facts = g.Sum(a => a.FactCount) })
            .ToDictionaryAsync(c => c.OutletId, ct);
        var outlets = await db.Outlets.AsNoTracking().Select(o => new { o.Id, o.Name, o.EnglishName, o.Domain }).ToListAsync(ct);
        return outlets
            .Select(o => counts.TryGetValue(o.Id, out var c)
                ? new OutletRow(o.Id, o.Name, o.EnglishName, o.Domain, c.Articles, c.Facts)
                : new OutletRow(o.Id, o.Name, o.EnglishName, o.Domain, 0, 0))
            .OrderByDescending(o => o.Articles).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static readonly System.Linq.Expressions.Expression<Func<Article, ArticleRow>> ToArticleRow = a =>
        new ArticleRow(a.Id, a.Title, a.Outlet!.Name, a.OutletId, a.PublishedOn, a.PublishedBasis, a.FactCount, a.Url, a.SourceFile);

    private static IQueryable<Article> NewestFirst(IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);

    private static Task<Dictionary<int, string>> OutletNamesAsync(DashboardDbContext db, CancellationToken ct) =>
        db.Outlets.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    private static int YearOf(string yearMonth) => int.Parse(yearMonth.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthOf(string yearMonth) => int.Parse(yearMonth.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string OutletLabel(Dictionary<int, string> names, int? outletId) => AggregateShapes.OutletLabel(names, outletId);

    internal static (int Index, int Size) CheckPage(int pageIndex, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        // Rows skipped must fit SQL's OFFSET as an int.
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)pageIndex * pageSize, int.MaxValue, nameof(pageIndex));
        return (pageIndex, pageSize);
    }
}

/// <summary>Names shown for series whose key is missing in the data.</summary>
public static class SeriesLabels
{
    public const string NoOutlet = "(no outlet)";
    public const string Unattributed = "(unattributed)";
    public const string UnknownPlace = "(unknown place)";
}
