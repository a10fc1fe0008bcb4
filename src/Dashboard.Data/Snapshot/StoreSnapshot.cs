using System.Collections.Concurrent;
using System.Text;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// The columns the overview aggregates, filters and sorts on, for every stored fact, article and dated mention, as
/// they stood at <see cref="Mark"/>. Immutable once published; sort orders are computed on first use.
/// </summary>
internal sealed class StoreSnapshot
{
    private readonly ConcurrentDictionary<FactSortColumn, Lazy<int[]>> _factOrders = new();
    private readonly ConcurrentDictionary<FactSortColumn, long> _orderLastUse = new();
    private long _orderUses;
    private readonly Lazy<int[]> _mentionsByDate;
    private readonly Lazy<int[]> _outletNameRanks;
    private readonly Lazy<MonthLookup> _months;
    private readonly Lazy<OutletRows> _rowsByOutlet;

    // Orders an older snapshot had already computed when this one was made from it by appending rows: merging the
    // new rows into them costs a pass instead of a sort of every row.
    private readonly ConcurrentDictionary<FactSortColumn, int[]> _appendedTo;
    private int[]? _mentionsAppendedTo;
    private OutletRows? _outletRowsAppendedTo;

    public StoreSnapshot(StoreMark mark, FactTable facts, int factCount, ArticleTable articles, int maxArticleId,
        MentionTable mentions, int mentionCount, FactCodes codes, TextCodes mentionTexts, IReadOnlyDictionary<int, string> outletNames, bool[]? deadFacts = null, bool[]? deadMentions = null,
        StoreSnapshot? appendedTo = null, bool outletsMoved = false, bool datesMoved = false)
    {
        DeadFactRows = deadFacts;
        DeadMentionRows = deadMentions;
        DeadFacts = deadFacts?.Count(d => d) ?? 0;
        var reusable = appendedTo?.KnownFactOrders() ?? [];
        // The outlet and publication orders sort facts by their article's outlet and date: an article moved to another
        // outlet or date unsorts that order.
        if (outletsMoved) reusable.Remove(FactSortColumn.Outlet);
        if (datesMoved) reusable.Remove(FactSortColumn.Published);
        _appendedTo = new ConcurrentDictionary<FactSortColumn, int[]>(reusable);
        _mentionsAppendedTo = appendedTo is null ? null : Handed(appendedTo._mentionsByDate, appendedTo._mentionsAppendedTo);
        _outletRowsAppendedTo = appendedTo is null || outletsMoved ? null : Handed(appendedTo._rowsByOutlet, appendedTo._outletRowsAppendedTo);
        Generation = Interlocked.Increment(ref s_generations);
        Mark = mark;
        Facts = facts;
        FactCount = factCount;
        Articles = articles;
        MaxArticleId = maxArticleId;
        Mentions = mentions;
        MentionCount = mentionCount;
        Codes = codes;
        MentionTexts = mentionTexts;
        OutletNames = outletNames;
        MaxOutletId = outletNames.Count == 0 ? 0 : outletNames.Keys.Max();
        _mentionsByDate = new(() =>
        {
            var order = SortOrders.Extend(_mentionsAppendedTo, MentionCount, i => Mentions.DateStart[i], i => Mentions.Id[i]);
            _mentionsAppendedTo = null;
            return order;
        });
        _outletNameRanks = new(RankOutletNames);
        _rowsByOutlet = new(() =>
        {
            var rows = _outletRowsAppendedTo?.Extended(Facts.ArticleId, Articles.OutletId, FactCount) ?? OutletRows.Of(Facts.ArticleId, Articles.OutletId, FactCount);
            _outletRowsAppendedTo = null;
            return rows;
        });
        _months = new(() => MonthLookup.Over(Facts.DateStart, FactCount));
        _appendedByDate = new(SortAppendedByDate);
    }

    // What an older snapshot hands on: what it computed, else what it was handed and did not need.
    private static T? Handed<T>(Lazy<T> computed, T? given) where T : class => computed.IsValueCreated ? computed.Value : given;

    private static long s_generations;

    /// <summary>Rises with every snapshot made: of two snapshots of one source, the later is the newer.</summary>
    public long Generation { get; }

    public StoreMark Mark { get; }
    public FactTable Facts { get; }
    public int FactCount { get; }
    public ArticleTable Articles { get; }
    public int MaxArticleId { get; }
    public MentionTable Mentions { get; }
    public int MentionCount { get; }
    public FactCodes Codes { get; }
    public TextCodes Units => Codes.Units;
    public TextCodes Attributions => Codes.Attributions;
    public TextCodes Governorates => Codes.Governorates;
    public TextCodes Actors => Codes.Actors;
    public TextCodes MentionTexts { get; }
    public IReadOnlyDictionary<int, string> OutletNames { get; }

    /// <summary>The name of the outlet an article is filed under; null when it has none.</summary>
    public string? ArticleOutletName(int articleId) =>
        OutletNames.TryGetValue(Articles.OutletId[articleId], out var name) ? name : null;
    public int MaxOutletId { get; }

    /// <summary>Rows (by row number) of facts whose article changed after they were read; null when none.</summary>
    public bool[]? DeadFactRows { get; }
    public bool[]? DeadMentionRows { get; }
    public int DeadFacts { get; }

    public bool IsMentionDead(int row) => DeadMentionRows is { } dead && row < dead.Length && dead[row];

    /// <summary>
    /// How many sort orders a snapshot keeps besides the start date's (the overview's lists walk that one): each is 4 MB
    /// at a million facts, and an analyst who sorts the explorer by every column would otherwise hold nine of them for
    /// as long as the store does not change. One let go costs a sort (150-250 ms) when it is asked for again.
    /// </summary>
    public const int KeptOtherOrders = 2;

    /// <summary>Row numbers of the facts in ascending order of the column, ties by id: SQLite's ORDER BY column, Id.</summary>
    public int[] FactOrder(FactSortColumn column)
    {
        _orderLastUse[column] = Interlocked.Increment(ref _orderUses);
        var held = _factOrders.GetOrAdd(column, c => new Lazy<int[]>(() => BuildFactOrder(c)));
        var computedBefore = held.IsValueCreated;
        var order = held.Value;
        // Only a newly computed order can take the count past the cap.
        if (!computedBefore) ForgetLeastRecentOrders();
        return order;
    }

    /// <summary>The sort orders computed and held now.</summary>
    public int HeldFactOrders => _factOrders.Count(o => o.Value.IsValueCreated);

    private void ForgetLeastRecentOrders()
    {
        var others = _factOrders.Where(o => o.Key != FactSortColumn.DateStart && o.Value.IsValueCreated).Select(o => o.Key).ToList();
        if (others.Count <= KeptOtherOrders) return;
        foreach (var column in others.OrderBy(c => _orderLastUse.GetValueOrDefault(c)).Take(others.Count - KeptOtherOrders))
        {
            _factOrders.TryRemove(column, out _);
        }
    }

    /// <summary>Each outlet's fact rows in ascending order, by their article's outlet; computed on first use.</summary>
    public OutletRows RowsByOutlet => _rowsByOutlet.Value;

    /// <summary>
    /// The month of each stored start day among the facts, and the first and last month (year × 12 + month − 1) any
    /// fact starts in.
    /// </summary>
    public MonthLookup Months => _months.Value;

    private readonly Lazy<int[]?> _appendedByDate;

    /// <summary>
    /// The fact rows by start date (ties by id) in two ascending runs to be walked together: an order this snapshot was
    /// handed and its few appended rows, sorted on their own, when no one has asked for the merged order; otherwise that
    /// order and no second run. The overview's lists walk it from the newest: merging a new 4 MB order for every commit
    /// of an ingestion made a large object per state, kept until the next full collection.
    /// </summary>
    public (int[] Known, int[] Added) FactsByDate()
    {
        var held = _factOrders.TryGetValue(FactSortColumn.DateStart, out var order) && order.IsValueCreated;
        if (!held && _appendedTo.TryGetValue(FactSortColumn.DateStart, out var known) && _appendedByDate.Value is { } added)
            return (known, added);
        return (FactOrder(FactSortColumn.DateStart), []);
    }

    // The rows after the handed order, by start date; null when there is no such order or the rows are too many.
    private int[]? SortAppendedByDate()
    {
        if (!_appendedTo.TryGetValue(FactSortColumn.DateStart, out var known) || !AppendedRows.FitBeside(known.Length, FactCount)) return null;
        var added = new int[FactCount - known.Length];
        var keys = new long[added.Length];
        for (var i = 0; i < added.Length; i++)
        {
            added[i] = known.Length + i;
            keys[i] = Facts.DateKey(added[i]);
        }
        Array.Sort(keys, added);
        return added;
    }

    /// <summary>Row numbers of the dated mentions by start date, ties by id.</summary>
    public int[] MentionsByDate => _mentionsByDate.Value;

    /// <summary>
    /// The orders this snapshot computed, and those it was given and has not needed: a snapshot replaced before anyone
    /// sorted by a column (several commits in a second, while clients wait for the first) still hands the older order on,
    /// so the next one merges its rows into it instead of sorting every row again (12 MB of garbage and a few hundred
    /// milliseconds per order at a million facts).
    /// </summary>
    private Dictionary<FactSortColumn, int[]> KnownFactOrders()
    {
        var known = new Dictionary<FactSortColumn, int[]>(_appendedTo);
        foreach (var (column, order) in _factOrders)
        {
            if (order.IsValueCreated) known[column] = order.Value;
        }
        return known;
    }

    private int[] BuildFactOrder(FactSortColumn column)
    {
        // The older order is let go once merged, so a snapshot holds one order per column.
        _appendedTo.TryRemove(column, out var known);
        return SortOrders.Extend(known, FactCount, FactKey(column), i => Facts.Id[i]);
    }

    private Func<int, double> FactKey(FactSortColumn column)
    {
        var f = Facts;
        switch (column)
        {
            case FactSortColumn.Published:
                var published = Articles.PublishedOn;
                return i => published[f.ArticleId[i]];
            case FactSortColumn.Kind: return i => KindRanks[f.Kind[i]];
            case FactSortColumn.Min: return i => f.Min[i];
            case FactSortColumn.Max: return i => f.Max[i];
            case FactSortColumn.Confidence:
                var confidences = Codes.Confidences.Values();
                return i => confidences[f.Confidence[i]];
            case FactSortColumn.Attribution:
                var attributionRanks = Attributions.SortRanks();
                return i => attributionRanks[f.Attribution[i]];
            case FactSortColumn.Governorate:
                var governorateRanks = Governorates.SortRanks();
                return i => governorateRanks[f.Governorate[i]];
            case FactSortColumn.Outlet:
                // The list shows the article's outlet (a fact's outlet is its article's), by name.
                var outletRanks = _outletNameRanks.Value;
                var articles = Articles;
                return i => outletRanks[articles.OutletId[f.ArticleId[i]]];
            default: return i => f.DateStart[i];
        }
    }

    // Rank of each outlet id's name in SQLite's order (UTF-8 bytes), NULL (no outlet, id 0) first.
    private int[] RankOutletNames()
    {
        var ranks = new int[MaxOutletId + 1];
        var ordered = OutletNames
            .Select(o => (o.Key, Bytes: Encoding.UTF8.GetBytes(o.Value)))
            .OrderBy(o => o.Bytes, ByteOrder.Instance)
            .ToList();
        var rank = 1;
        for (var k = 0; k < ordered.Count; k++)
        {
            if (k > 0 && !ordered[k].Bytes.AsSpan().SequenceEqual(ordered[k - 1].Bytes)) rank++;
            ranks[ordered[k].Key] = rank;
        }
        return ranks;
    }

    /// <summary>Kinds are stored as their contract words; this is each kind's place in the words' byte order.</summary>
    private static readonly int[] KindRanks = RankWords<FactKind>();

    private static int[] RankWords<TEnum>() where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var ranks = new int[values.Length];
        var ordered = values.Select(v => (Value: Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), Bytes: Encoding.UTF8.GetBytes(FactFilterQuery.Word(v))))
            .OrderBy(v => v.Bytes, ByteOrder.Instance).ToList();
        for (var rank = 0; rank < ordered.Count; rank++) ranks[ordered[rank].Value] = rank;
        return ranks;
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}

/// <summary>
/// Sort orders over row numbers: ascending key, ties by ascending id (rows are mostly in id order, but the current rows
/// of a changed article are appended after newer ones).
/// </summary>
internal static class SortOrders
{
    /// <summary>
    /// Rows 0..count−1 in ascending (key, id) order. With the order of the first rows already known (<paramref name="known"/>),
    /// only the rows after them are sorted and the two runs merged.
    /// </summary>
    public static int[] Extend(int[]? known, int count, Func<int, double> key, Func<int, long> id)
    {
        if (known is null || known.Length > count) return Ascending(0, count, key, id);
        var added = Ascending(known.Length, count - known.Length, key, id);
        if (added.Length == 0) return known;
        var merged = new int[count];
        int a = 0, b = 0, m = 0;
        while (a < known.Length && b < added.Length)
        {
            var (knownKey, addedKey) = (key(known[a]), key(added[b]));
            var knownFirst = knownKey < addedKey || (knownKey == addedKey && id(known[a]) <= id(added[b]));
            merged[m++] = knownFirst ? known[a++] : added[b++];
        }
        while (a < known.Length) merged[m++] = known[a++];
        while (b < added.Length) merged[m++] = added[b++];
        return merged;
    }

    private static int[] Ascending(int first, int count, Func<int, double> key, Func<int, long> id)
    {
        var keys = new double[count];
        var rows = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = key(first + i);
            rows[i] = first + i;
        }
        Array.Sort(keys, rows);
        // Array.Sort is not stable: put each run of equal keys in id order.
        var start = 0;
        for (var k = 1; k <= count; k++)
        {
            if (k == count || keys[k] != keys[start])
            {
                if (k - start > 1)
                {
                    var ids = new long[k - start];
                    var run = new int[k - start];
                    for (var j = 0; j < ids.Length; j++)
                    {
                        run[j] = rows[start + j];
                        ids[j] = id(run[j]);
                    }
                    Array.Sort(ids, run);
                    Array.Copy(run, 0, rows, start, run.Length);
                }
                start = k;
            }
        }
        return rows;
    }
}
