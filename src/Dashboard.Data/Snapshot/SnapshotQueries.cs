using System.Runtime.CompilerServices;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// The overview's aggregates and the facts explorer's pages computed over a <see cref="StoreSnapshot"/>: one pass over
/// columns in memory instead of SQLite aggregating up to a million rows per chart (docs/benchmarks.md). Lists find
/// their ids here and read the rows (sentences, titles) from the database by primary key. Results equal
/// <see cref="DashboardQueries"/>'s for the same store, which tests check filter by filter.
/// </summary>
internal sealed class SnapshotQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public OverviewCards Cards(StoreSnapshot snapshot, FactFilter filter, ValueMode mode)
    {
        var facts = snapshot.Facts;
        var (min, max) = (facts.Min, facts.Max);
        var match = new SnapshotFilter(filter, snapshot);
        var groups = new Dictionary<long, CardAccumulator>();
        var articlesSeen = match.HasFactConditions ? new bool[snapshot.MaxArticleId + 1] : null;
        var outletsSeen = match.HasFactConditions ? new bool[snapshot.MaxOutletId + 1] : null;
        int articleCount = 0, outletCount = 0;

        var candidates = match.Candidates(snapshot);
        for (var k = 0; k < candidates.Count; k++)
        {
            var row = candidates[k];
            if (!match.Matches(facts, row)) continue;
            var key = ((long)facts.Kind[row] << 40) | ((long)facts.Scope[row] << 32) | (uint)facts.Unit[row];
            if (!groups.TryGetValue(key, out var totals)) groups[key] = totals = new CardAccumulator();
            totals.Add(min[row], max[row], facts.DateStart[row], facts.DateEndOrStart[row]);
            if (articlesSeen is not null && !articlesSeen[facts.ArticleId[row]])
            {
                articlesSeen[facts.ArticleId[row]] = true;
                articleCount++;
            }
            var outlet = snapshot.Articles.OutletId[facts.ArticleId[row]];
            if (outletsSeen is not null && outlet != 0 && outlet < outletsSeen.Length && !outletsSeen[outlet])
            {
                outletsSeen[outlet] = true;
                outletCount++;
            }
        }

        if (!match.HasFactConditions)
        {
            // Articles with no facts count too: the article-level filter applies to the articles themselves.
            var articles = snapshot.Articles;
            var seen = new bool[snapshot.MaxOutletId + 1];
            for (var id = 1; id <= snapshot.MaxArticleId; id++)
            {
                if (!match.ArticleMatches(articles, id)) continue;
                articleCount++;
                var outlet = articles.OutletId[id];
                if (outlet != 0 && outlet < seen.Length && !seen[outlet])
                {
                    seen[outlet] = true;
                    outletCount++;
                }
            }
        }

        var cardGroups = groups
            .Select(g => new CardGroup((FactKind)(g.Key >> 40), (FactScope)((g.Key >> 32) & 0xFF), snapshot.Units.Decode((int)(g.Key & 0xFFFFFFFF))!,
                g.Value.Min, g.Value.Max, g.Value.Count, DayNumbers.ToDate(g.Value.First == int.MaxValue ? 0 : g.Value.First), DayNumbers.ToDate(g.Value.Last)))
            .ToList();
        return AggregateShapes.Cards(articleCount, outletCount, cardGroups, mode);
    }

    /// <param name="earlier">
    /// The answer to the same question for an earlier snapshot, if at hand: its points that have not changed are used
    /// again instead of made anew.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<MonthlyPoint> Monthly(StoreSnapshot snapshot, FactFilter filter, SeriesBy seriesBy, ValueMode mode,
        IReadOnlyList<MonthlyPoint>? earlier = null)
    {
        var facts = snapshot.Facts;
        var match = new SnapshotFilter(filter, snapshot);
        // A fact's outlet is its article's: that series is read through the article, the others from the fact's row.
        var seriesOfRow = seriesBy switch
        {
            SeriesBy.Claimant => facts.Attribution,
            SeriesBy.Governorate => facts.Governorate,
            _ => null,
        };
        var articleOutlets = snapshot.Articles.OutletId;
        var seriesCount = seriesBy switch
        {
            SeriesBy.Claimant => snapshot.Attributions.Count,
            SeriesBy.Governorate => snapshot.Governorates.Count,
            _ => snapshot.MaxOutletId + 1,
        };
        var months = snapshot.Months;
        var (firstMonth, lastMonth) = (months.First, months.Last);
        var (min, max) = (facts.Min, facts.Max);
        var percent = PercentCode(snapshot);
        // Group number: (month, kind, series) laid out as one index.
        var totals = new GroupTotals((long)Math.Max(0, lastMonth - firstMonth + 1) * KindCount * seriesCount);
        var candidates = match.Candidates(snapshot);
        for (var k = 0; k < candidates.Count; k++)
        {
            var row = candidates[k];
            if (facts.DateStart[row] == 0 || !IsCountable(facts, row, percent) || !match.Matches(facts, row)) continue;
            var group = ((long)(months.Of(facts.DateStart[row]) - firstMonth) * KindCount + facts.Kind[row]) * seriesCount
                + (seriesOfRow is null ? articleOutlets[facts.ArticleId[row]] : seriesOfRow[row]);
            totals.Add(group, min[row], max[row]);
        }

        // The groups come in (month, kind, series) order: only each month and kind's points are left to order.
        var points = new List<MonthlyPoint>(totals.GroupCount());
        var unchanged = new EarlierPoints(earlier);
        foreach (var t in totals.Groups())
        {
            var code = (int)(t.Group % seriesCount);
            var kind = (int)(t.Group / seriesCount % KindCount);
            var month = (int)(t.Group / seriesCount / KindCount) + firstMonth;
            var (label, seriesId) = seriesBy switch
            {
                SeriesBy.Claimant => (snapshot.Attributions.Decode(code) ?? SeriesLabels.Unattributed, (int?)null),
                SeriesBy.Governorate => (snapshot.Governorates.Decode(code) ?? SeriesLabels.UnknownPlace, null),
                _ => (AggregateShapes.OutletLabel(snapshot.OutletNames, OutletOrNull(code)), OutletOrNull(code)),
            };
            var (year, monthOfYear) = (month / 12, month % 12 + 1);
            points.Add(unchanged.Find(year, monthOfYear, (FactKind)kind, label, seriesId, t.Min, t.Max, t.Count)
                ?? new MonthlyPoint(year, monthOfYear, (FactKind)kind, label, seriesId, t.Min, t.Max, t.Count));
        }
        return AggregateShapes.OrderMonthlyWithinRuns(points, mode);
    }

    /// <summary>
    /// The points of an earlier answer to the same question, looked up as the new ones are made in (year, month, kind)
    /// order, the order both lists are in: a point whose figures have not changed is the earlier object. A commit
    /// touches a few months of a few series, yet every filter's tens of thousands of points were made again for it,
    /// and during an ingestion the earlier ones, kept until the commit, waited as garbage in the oldest generation.
    /// </summary>
    private struct EarlierPoints(IReadOnlyList<MonthlyPoint>? earlier)
    {
        // A month and kind with more series than this (thousands of claimants) is not searched past it.
        private const int LongestRunSearched = 64;

        private int _runStart;

        public MonthlyPoint? Find(int year, int month, FactKind kind, string series, int? seriesId, double min, double max, int count)
        {
            if (earlier is null) return null;
            while (_runStart < earlier.Count && IsBefore(earlier[_runStart], year, month, kind)) _runStart++;
            for (var i = _runStart; i < earlier.Count && i < _runStart + LongestRunSearched; i++)
            {
                var point = earlier[i];
                if (point.Year != year || point.Month != month || point.Kind != kind) break;
                if (point.SeriesId == seriesId && point.FactCount == count && point.Min == min && point.Max == max
                    && string.Equals(point.Series, series, StringComparison.Ordinal)) return point;
            }
            return null;
        }

        private static bool IsBefore(MonthlyPoint point, int year, int month, FactKind kind) =>
            point.Year != year ? point.Year < year : point.Month != month ? point.Month < month : point.Kind < kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SourceBreakdown BySource(StoreSnapshot snapshot, FactFilter filter, ValueMode mode)
    {
        var facts = snapshot.Facts;
        var articles = snapshot.Articles;
        var match = new SnapshotFilter(filter, snapshot);
        var percent = PercentCode(snapshot);
        var byOutlet = new GroupTotals((long)(snapshot.MaxOutletId + 1) * KindCount);
        var byClaimant = new GroupTotals((long)snapshot.Attributions.Count * KindCount);
        var (min, max) = (facts.Min, facts.Max);
        var candidates = match.Candidates(snapshot);
        for (var k = 0; k < candidates.Count; k++)
        {
            var row = candidates[k];
            if (!IsCountable(facts, row, percent) || !match.Matches(facts, row)) continue;
            var (low, high) = (min[row], max[row]);
            byOutlet.Add((long)articles.OutletId[facts.ArticleId[row]] * KindCount + facts.Kind[row], low, high);
            byClaimant.Add((long)facts.Attribution[row] * KindCount + facts.Kind[row], low, high);
        }
        var outlets = byOutlet.Groups().Select(p => new SourcePoint(AggregateShapes.OutletLabel(snapshot.OutletNames, OutletOrNull((int)(p.Group / KindCount))),
            OutletOrNull((int)(p.Group / KindCount)), (FactKind)(p.Group % KindCount), p.Min, p.Max, p.Count));
        var claimants = byClaimant.Groups().Select(p => new SourcePoint(snapshot.Attributions.Decode((int)(p.Group / KindCount)) ?? SeriesLabels.Unattributed,
            null, (FactKind)(p.Group % KindCount), p.Min, p.Max, p.Count));
        return new SourceBreakdown(AggregateShapes.OrderSources(outlets, mode), AggregateShapes.OrderSources(claimants, mode));
    }

    // The lists below are built from the snapshot; the store is read only for the texts the snapshot does not hold
    // (claim sentences, article titles), by id, in one query each. Reading whole rows for a thousand facts scattered
    // over the file cost more than every aggregate of the overview together.

    public async Task<IReadOnlyList<ClaimSpan>> ClaimsAsync(StoreSnapshot snapshot, FactFilter filter, CancellationToken ct)
    {
        var facts = snapshot.Facts;
        var rows = NewestFirstRows(snapshot, filter, DashboardQueries.ListLimit, row => facts.Scope[row] == (byte)FactScope.Cumulative);
        var sentences = await SentencesAsync([.. rows.Select(r => facts.Id[r])], ct);
        var claims = new List<ClaimSpan>(rows.Count);
        for (var k = rows.Count - 1; k >= 0; k--)
        {
            var row = rows[k];
            // A fact deleted since the snapshot was read (re-extraction in progress) is left out.
            if (!sentences.TryGetValue(facts.Id[row], out var sentence)) continue;
            claims.Add(new ClaimSpan(facts.Id[row], (FactKind)facts.Kind[row], facts.Min[row], facts.Max[row], (Qualifier)facts.Qualifier[row],
                DayNumbers.ToDate(facts.DateStart[row]), EndDate(facts, row), snapshot.Attributions.Decode(facts.Attribution[row]),
                snapshot.ArticleOutletName(facts.ArticleId[row]), sentence));
        }
        return claims;
    }

    public Task<IReadOnlyList<FundingPoint>> FundingAsync(StoreSnapshot snapshot, FactFilter filter, CancellationToken ct)
    {
        // A kind filter without funding selects none: no need to walk every fact to find that out.
        if (filter.Kinds.Count > 0 && !filter.Kinds.Contains(FactKind.Funding)) return Task.FromResult<IReadOnlyList<FundingPoint>>([]);
        var facts = snapshot.Facts;
        var rows = NewestFirstRows(snapshot, filter, DashboardQueries.ListLimit, row => facts.Kind[row] == (byte)FactKind.Funding);
        var points = new List<FundingPoint>(rows.Count);
        for (var k = rows.Count - 1; k >= 0; k--)
        {
            var row = rows[k];
            points.Add(new FundingPoint(facts.Id[row], DayNumbers.ToDate(facts.DateStart[row]), snapshot.Actors.Decode(facts.Actor[row]),
                snapshot.Units.Decode(facts.Unit[row])!, facts.Min[row], facts.Max[row], (Qualifier)facts.Qualifier[row],
                snapshot.ArticleOutletName(facts.ArticleId[row])) { Scope = (FactScope)facts.Scope[row] });
        }
        return Task.FromResult<IReadOnlyList<FundingPoint>>(points);
    }

    public async Task<IReadOnlyList<TimelineEvent>> TimelineAsync(StoreSnapshot snapshot, FactFilter filter, int limit, CancellationToken ct)
    {
        if (limit <= 0) return [];
        var facts = snapshot.Facts;
        var match = new SnapshotFilter(filter, snapshot);

        // Dates articles mention: their own span against event dates; outlet and publication date through the article;
        // kinds, claimants and the like through the article's facts (the whole filter, as the SQL form does).
        bool[]? articlesWithMatchingFact = null;
        if (FactFilterExpressions.HasFactConditions(filter with { From = null, To = null }))
        {
            articlesWithMatchingFact = new bool[snapshot.MaxArticleId + 1];
            var candidates = match.Candidates(snapshot);
            for (var k = 0; k < candidates.Count; k++)
            {
                var row = candidates[k];
                if (match.Matches(facts, row)) articlesWithMatchingFact[facts.ArticleId[row]] = true;
            }
        }
        var mentions = snapshot.Mentions;
        var articleFilterApplies = filter.OutletIds.Count > 0 || (filter.DateBy == DateField.Published && (filter.From is not null || filter.To is not null));
        var mentionRows = new List<int>(limit);
        var byDate = snapshot.MentionsByDate;
        for (var k = byDate.Length - 1; k >= 0 && mentionRows.Count < limit; k--)
        {
            var row = byDate[k];
            var article = mentions.ArticleId[row];
            if (snapshot.IsMentionDead(row) || !match.MentionDatesMatch(mentions, row)) continue;
            if (articleFilterApplies && !match.ArticleMatches(snapshot.Articles, article)) continue;
            if (articlesWithMatchingFact is not null && !articlesWithMatchingFact[article]) continue;
            mentionRows.Add(row);
        }

        var factRows = NewestFirstRows(snapshot, filter, limit, row => facts.DateStart[row] != 0);

        var titles = await TitlesAsync([.. mentionRows.Select(r => mentions.ArticleId[r]).Concat(factRows.Select(r => facts.ArticleId[r])).Distinct()], ct);

        var mentionEvents = mentionRows.Select(row => new TimelineEvent(DayNumbers.ToDate(mentions.DateStart[row])!.Value,
            DayNumbers.ToDate(mentions.DateEndOrStart[row])!.Value, (DatePrecision)mentions.Precision[row], snapshot.MentionTexts.Decode(mentions.Text[row])!,
            mentions.ArticleId[row], titles.GetValueOrDefault(mentions.ArticleId[row]), snapshot.ArticleOutletName(mentions.ArticleId[row])));
        var factEvents = factRows.Select(row => new TimelineEvent(DayNumbers.ToDate(facts.DateStart[row])!.Value,
            DayNumbers.ToDate(facts.DateEndOrStart[row])!.Value, facts.DatePrecisionOf(row),
            FactCaption.Describe((FactKind)facts.Kind[row], facts.Min[row], facts.Max[row], snapshot.Units.Decode(facts.Unit[row])!, (FactScope)facts.Scope[row]),
            facts.ArticleId[row], titles.GetValueOrDefault(facts.ArticleId[row]), snapshot.ArticleOutletName(facts.ArticleId[row])));
        return AggregateShapes.Timeline(mentionEvents, factEvents, limit);
    }

    /// <summary>A fact's end date as stored: none when it has no end of its own.</summary>
    private static DateOnly? EndDate(FactTable facts, int row) => facts.HasDateEnd(row) ? DayNumbers.ToDate(facts.DateEndOrStart[row]) : null;

    private async Task<Dictionary<long, string>> SentencesAsync(List<long> factIds, CancellationToken ct)
    {
        if (factIds.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Facts.AsNoTracking().Where(f => EF.Parameter(factIds).Contains(f.Id))
            .Select(f => new { f.Id, f.Sentence }).ToDictionaryAsync(f => f.Id, f => f.Sentence, ct);
    }

    private async Task<Dictionary<int, string?>> TitlesAsync(List<int> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Where(a => EF.Parameter(articleIds).Contains(a.Id))
            .Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
    }

    public async Task<Page<FactRow>> FactsPageAsync(StoreSnapshot snapshot, FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct)
    {
        var facts = snapshot.Facts;
        var match = new SnapshotFilter(filter, snapshot);
        var total = filter.IsEmpty ? snapshot.FactCount - snapshot.DeadFacts : CountMatching(snapshot, match);

        var skip = (long)pageIndex * pageSize;
        var ids = new List<long>(pageSize);
        if (skip < total)
        {
            // Walk the column's order (backwards for descending: ties then come by id descending, as in SQL) and keep
            // the page's slice of the matching rows.
            var order = snapshot.FactOrder(sort.Column);
            long seen = 0;
            for (var k = 0; k < order.Length && ids.Count < pageSize; k++)
            {
                var row = order[sort.Descending ? order.Length - 1 - k : k];
                if (!match.Matches(facts, row)) continue;
                if (seen++ >= skip) ids.Add(facts.Id[row]);
            }
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Facts.AsNoTracking().Where(f => EF.Parameter(ids).Contains(f.Id)).Select(FactRowQueries.ToRow).ToDictionaryAsync(r => r.Id, ct);
        var items = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        return new Page<FactRow>(items, total, pageIndex, pageSize);
    }

    // Rows of up to `limit` matching facts, newest first by start date then id (facts without a date last), as SQLite's
    // ORDER BY DateStart DESC, Id DESC.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int> NewestFirstRows(StoreSnapshot snapshot, FactFilter filter, int limit, Func<int, bool> also)
    {
        var facts = snapshot.Facts;
        var match = new SnapshotFilter(filter, snapshot);
        // Two ascending runs (see StoreSnapshot.FactsByDate), walked together from their ends.
        var (known, added) = snapshot.FactsByDate();
        var rows = new List<int>(Math.Min(limit, 1024));
        int a = known.Length - 1, b = added.Length - 1;
        while ((a >= 0 || b >= 0) && rows.Count < limit)
        {
            int row;
            if (b < 0) row = known[a--];
            else if (a < 0) row = added[b--];
            else row = facts.DateKey(known[a]) > facts.DateKey(added[b]) ? known[a--] : added[b--];
            if (also(row) && match.Matches(facts, row)) rows.Add(row);
        }
        return rows;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountMatching(StoreSnapshot snapshot, SnapshotFilter match)
    {
        var facts = snapshot.Facts;
        var total = 0;
        var candidates = match.Candidates(snapshot);
        for (var k = 0; k < candidates.Count; k++)
        {
            if (match.Matches(facts, candidates[k])) total++;
        }
        return total;
    }

    private static readonly int KindCount = Enum.GetValues<FactKind>().Length;

    private static int PercentCode(StoreSnapshot snapshot) => snapshot.Units.TryGetCode(Units.Percent, out var code) ? code : -1;

    // Incident facts that add up: as FactFilterExpressions.Countable.
    private static bool IsCountable(FactTable facts, int row, int percentCode) =>
        facts.Scope[row] == (byte)FactScope.Incident && facts.Kind[row] != (byte)FactKind.Funding && facts.Kind[row] != (byte)FactKind.Other
        && facts.Unit[row] != percentCode;

    private static int? OutletOrNull(int code) => code == 0 ? null : code;

    private class Accumulator
    {
        public double Min;
        public double Max;
        public int Count;

        public void Add(double min, double max)
        {
            Min += min;
            Max += max;
            Count++;
        }
    }

    private sealed class CardAccumulator : Accumulator
    {
        public int First = int.MaxValue;
        public int Last;

        public void Add(double min, double max, int start, int endOrStart)
        {
            Add(min, max);
            if (start != 0 && start < First) First = start;
            if (endOrStart > Last) Last = endOrStart;
        }
    }
}
