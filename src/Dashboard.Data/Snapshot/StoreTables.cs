using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Snapshot;

// Column arrays that grow by appending. A snapshot reads rows [0, its count) only, so the one refresher may write rows
// past that count in place while older snapshots are still being read; when the capacity runs out it copies into
// larger arrays and older snapshots keep the old ones.

/// <summary>
/// What the aggregates read of each fact, one array per column, rows in id order. Dates are day numbers plus one
/// (<see cref="DateOnly.DayNumber"/> + 1) so that 0 means NULL and sorts first, as NULL does in SQLite.
/// </summary>
internal sealed class FactTable
{
    /// <param name="wideCodes">Four bytes per code in the text columns (a column has more than <see cref="CodeColumn.NarrowMax"/> values).</param>
    public FactTable(int capacity, bool wideCodes = false)
    {
        Id = new int[capacity];
        ArticleId = new int[capacity];
        DateStart = new int[capacity];
        DateEndOrStart = new DayEnds(DateStart);
        Kind = new byte[capacity];
        Scope = new byte[capacity];
        Qualifier = new byte[capacity];
        Target = new byte[capacity];
        Unit = new CodeColumn(capacity, wideCodes);
        Attribution = new CodeColumn(capacity, wideCodes);
        Governorate = new CodeColumn(capacity, wideCodes);
        Actor = new CodeColumn(capacity, wideCodes);
        DatePrecisionAndEnd = new byte[capacity];
        Min = new ExactValues(capacity);
        Max = new ExactValues(capacity);
        Confidence = new CodeColumn(capacity, wideCodes);
    }

    public int Capacity => Id.Length;

    /// <summary>The stored id (SQLite's rowid; 32 bits hold two billion facts, and the loader checks).</summary>
    public int[] Id { get; }
    /// <summary>
    /// The article the fact came from: its outlet and publication date are read through it, in
    /// <see cref="ArticleTable"/> (the facts' copies of them, which spare SQL a join, would be 8 MB more per million).
    /// </summary>
    public int[] ArticleId { get; }
    public int[] DateStart { get; }
    /// <summary>DateEnd, or DateStart when there is no end (the span the event filter tests).</summary>
    public DayEnds DateEndOrStart { get; }
    public byte[] Kind { get; }
    public byte[] Scope { get; }
    public byte[] Qualifier { get; }
    /// <summary>The target enum value plus one; 0 when there is none.</summary>
    public byte[] Target { get; }
    /// <summary>Whether the code columns hold four-byte codes (they are widened together).</summary>
    public bool WideCodes => Unit.IsWide;
    public CodeColumn Unit { get; }
    public CodeColumn Attribution { get; }
    public CodeColumn Governorate { get; }
    /// <summary>Who gave or received the money (funding); with the precision below, what the overview's lists show.</summary>
    public CodeColumn Actor { get; }
    /// <summary>
    /// The date's precision, and in the top bit whether DateEnd is stored (DateEndOrStart cannot tell an end equal to
    /// the start from none): one byte for both instead of two.
    /// </summary>
    public byte[] DatePrecisionAndEnd { get; }

    private const byte EndStored = 0x80;

    public static byte DateForm(byte precision, bool hasEnd) => (byte)(precision | (hasEnd ? EndStored : 0));

    public DatePrecision DatePrecisionOf(int row) => (DatePrecision)(DatePrecisionAndEnd[row] & ~EndStored);

    public bool HasDateEnd(int row) => (DatePrecisionAndEnd[row] & EndStored) != 0;

    /// <summary>The row's place in the start-date order: its start day, then its id.</summary>
    public long DateKey(int row) => ((long)DateStart[row] << 32) | (uint)Id[row];

    public ExactValues Min { get; }
    public ExactValues Max { get; }
    /// <summary>
    /// Only sorted on, as the code of its value (<see cref="FactCodes.Confidences"/>): the extractor writes a hundred
    /// values at most (two decimals).
    /// </summary>
    public CodeColumn Confidence { get; }

    /// <summary>This table if it has room for <paramref name="rows"/> rows, else a larger copy of its first <paramref name="used"/> rows.</summary>
    public FactTable WithRoomFor(int rows, int used) =>
        rows <= Capacity ? this : CopyOf(used, new FactTable(Growth.NewCapacity(Capacity, rows), WideCodes));

    /// <summary>A copy of the first <paramref name="used"/> rows with four-byte codes, for a code past <see cref="CodeColumn.NarrowMax"/>.</summary>
    public FactTable WithWideCodes(int used) => WideCodes ? this : CopyOf(used, new FactTable(Capacity, wideCodes: true));

    private FactTable CopyOf(int used, FactTable grown)
    {
        Array.Copy(Id, grown.Id, used);
        Array.Copy(ArticleId, grown.ArticleId, used);
        Array.Copy(DateStart, grown.DateStart, used);
        DateEndOrStart.CopyTo(grown.DateEndOrStart, used);
        Array.Copy(Kind, grown.Kind, used);
        Array.Copy(Scope, grown.Scope, used);
        Array.Copy(Qualifier, grown.Qualifier, used);
        Array.Copy(Target, grown.Target, used);
        Unit.CopyTo(grown.Unit, used);
        Attribution.CopyTo(grown.Attribution, used);
        Governorate.CopyTo(grown.Governorate, used);
        Actor.CopyTo(grown.Actor, used);
        Array.Copy(DatePrecisionAndEnd, grown.DatePrecisionAndEnd, used);
        Min.CopyTo(grown.Min, used);
        Max.CopyTo(grown.Max, used);
        Confidence.CopyTo(grown.Confidence, used);
        return grown;
    }
}

/// <summary>Each article's outlet and publication date, indexed by article id (ids are dense).</summary>
internal sealed class ArticleTable(int capacity)
{
    /// <summary>A copy with room for ids up to <paramref name="maxId"/>, for a snapshot that changes existing articles.</summary>
    public ArticleTable Copy(int maxId)
    {
        var copy = new ArticleTable(maxId < Capacity ? Capacity : Growth.NewCapacity(Capacity, maxId + 1));
        Array.Copy(Exists, copy.Exists, Capacity);
        Array.Copy(OutletId, copy.OutletId, Capacity);
        Array.Copy(PublishedOn, copy.PublishedOn, Capacity);
        return copy;
    }

    public int Capacity => Exists.Length;
    public bool[] Exists { get; } = new bool[capacity];
    /// <summary>0 when the article has no outlet.</summary>
    public int[] OutletId { get; } = new int[capacity];
    public int[] PublishedOn { get; } = new int[capacity];

    /// <summary>Room for ids up to <paramref name="maxId"/>; copies ids up to <paramref name="usedMaxId"/> when it grows.</summary>
    public ArticleTable WithRoomFor(int maxId, int usedMaxId)
    {
        if (maxId < Capacity) return this;
        var grown = new ArticleTable(Growth.NewCapacity(Capacity, maxId + 1));
        var used = Math.Min(usedMaxId + 1, Capacity);
        Array.Copy(Exists, grown.Exists, used);
        Array.Copy(OutletId, grown.OutletId, used);
        Array.Copy(PublishedOn, grown.PublishedOn, used);
        return grown;
    }
}

/// <summary>Dated mentions (those with a start date), rows in id order.</summary>
internal sealed class MentionTable
{
    public MentionTable(int capacity)
    {
        Id = new int[capacity];
        ArticleId = new int[capacity];
        DateStart = new int[capacity];
        DateEndOrStart = new DayEnds(DateStart);
        Text = new int[capacity];
        Precision = new byte[capacity];
    }

    public int Capacity => Id.Length;
    public int[] Id { get; }
    public int[] ArticleId { get; }
    public int[] DateStart { get; }
    public DayEnds DateEndOrStart { get; }
    /// <summary>The words of the article that name the date, as codes (the timeline shows them).</summary>
    public int[] Text { get; }
    public byte[] Precision { get; }

    public MentionTable WithRoomFor(int rows, int used)
    {
        if (rows <= Capacity) return this;
        var grown = new MentionTable(Growth.NewCapacity(Capacity, rows));
        Array.Copy(Id, grown.Id, used);
        Array.Copy(ArticleId, grown.ArticleId, used);
        Array.Copy(DateStart, grown.DateStart, used);
        DateEndOrStart.CopyTo(grown.DateEndOrStart, used);
        Array.Copy(Text, grown.Text, used);
        Array.Copy(Precision, grown.Precision, used);
        return grown;
    }
}

/// <summary>
/// The fact rows of each outlet, ascending: a filter that names outlets (the most common one, one outlet among dozens)
/// then visits a few percent of the rows instead of testing every one. One counting pass builds it; a later snapshot
/// with rows appended keeps it and finds the outlets of its new rows among those alone, until they are too many.
/// </summary>
internal sealed class OutletRows
{
    private readonly int[] _rows;
    // Outlet o's rows are _rows[_starts[o] .. _starts[o + 1]).
    private readonly int[] _starts;
    // Rows _counted .. _count − 1 are not in _rows: their outlets are read from the columns when asked.
    private readonly int _counted;
    private readonly int _count;
    private readonly int[] _articleIds;
    private readonly int[] _articleOutlets;

    private OutletRows(int[] rows, int[] starts, int counted, int count, int[] articleIds, int[] articleOutlets)
    {
        _rows = rows;
        _starts = starts;
        _counted = counted;
        _count = count;
        _articleIds = articleIds;
        _articleOutlets = articleOutlets;
    }

    /// <summary>The rows of each outlet among the first <paramref name="count"/> facts, by their article's outlet.</summary>
    public static OutletRows Of(int[] articleIds, int[] articleOutlets, int count)
    {
        var maxOutlet = 0;
        for (var row = 0; row < count; row++) maxOutlet = Math.Max(maxOutlet, articleOutlets[articleIds[row]]);
        var starts = new int[maxOutlet + 2];
        for (var row = 0; row < count; row++) starts[articleOutlets[articleIds[row]] + 1]++;
        for (var outlet = 1; outlet < starts.Length; outlet++) starts[outlet] += starts[outlet - 1];
        var next = starts[..^1];
        var rows = new int[count];
        for (var row = 0; row < count; row++) rows[next[articleOutlets[articleIds[row]]]++] = row;
        return new OutletRows(rows, starts, count, count, articleIds, articleOutlets);
    }

    /// <summary>
    /// The same for the first <paramref name="count"/> facts of a later snapshot whose earlier rows kept their outlets
    /// (rows only appended, no article moved to another outlet): these counted rows, and the new ones read from the
    /// snapshot's columns on each call. Counted again when the new rows are many (<see cref="AppendedRows"/>): counting
    /// again for every commit of an ingestion made a new 4 MB array at a million facts, a large object kept until the
    /// next full collection.
    /// </summary>
    public OutletRows Extended(int[] articleIds, int[] articleOutlets, int count) =>
        AppendedRows.FitBeside(_counted, count)
            ? new OutletRows(_rows, _starts, _counted, count, articleIds, articleOutlets)
            : Of(articleIds, articleOutlets, count);

    /// <summary>How many rows were counted; the rest, appended since, are looked through on each call.</summary>
    public int Counted => _counted;

    /// <summary>The rows of the outlets marked in <paramref name="outlets"/> (indexed by outlet id), ascending.</summary>
    public CandidateRows Of(bool[] outlets)
    {
        var runs = new List<ArraySegment<int>>();
        var total = 0;
        for (var outlet = 0; outlet < outlets.Length && outlet + 1 < _starts.Length; outlet++)
        {
            if (!outlets[outlet] || _starts[outlet + 1] == _starts[outlet]) continue;
            runs.Add(new ArraySegment<int>(_rows, _starts[outlet], _starts[outlet + 1] - _starts[outlet]));
            total += _starts[outlet + 1] - _starts[outlet];
        }
        // The appended rows come after every counted one: a run of their own, already ascending.
        List<int>? appended = null;
        for (var row = _counted; row < _count; row++)
        {
            var outlet = _articleOutlets[_articleIds[row]];
            if (outlet < outlets.Length && outlets[outlet]) (appended ??= []).Add(row);
        }
        if (appended is not null)
        {
            runs.Add(new ArraySegment<int>([.. appended]));
            total += appended.Count;
        }
        if (runs.Count == 0) return new CandidateRows([], 0, 0);
        // Several runs: merged back into row order, so sums add up in the same order as a full pass. Each run is
        // already ascending: merging them two by two takes a few linear passes (a sort of the same million rows took
        // four to six times as long, and every aggregate of the overview asks).
        while (runs.Count > 1)
        {
            var merged = new List<ArraySegment<int>>((runs.Count + 1) / 2);
            for (var i = 0; i < runs.Count; i += 2) merged.Add(i + 1 < runs.Count ? Merge(runs[i], runs[i + 1]) : runs[i]);
            runs = merged;
        }
        return new CandidateRows(runs[0].Array, runs[0].Offset, total);
    }

    private static ArraySegment<int> Merge(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var merged = new int[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length) merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        a[i..].CopyTo(merged.AsSpan(k));
        b[j..].CopyTo(merged.AsSpan(k + a.Length - i));
        return merged;
    }
}

/// <summary>
/// Rows appended after a structure built over a snapshot's first rows (the rows by outlet, the start-date order) are
/// taken beside it, looked through or sorted on their own, while they are at most an eighth of the rows it holds; past
/// that it is built again.
/// </summary>
internal static class AppendedRows
{
    public const int Share = 8;

    /// <summary>Whether <paramref name="count"/> rows can be taken as the <paramref name="built"/> ones plus those appended.</summary>
    public static bool FitBeside(int built, int count) => count >= built && (long)(count - built) * Share <= built;
}

/// <summary>The rows an aggregate visits, ascending: every row of the snapshot, or a slice of a row list.</summary>
internal readonly struct CandidateRows(int[]? rows, int offset, int count)
{
    /// <summary>Every row from 0 to <paramref name="count"/> − 1.</summary>
    public static CandidateRows All(int count) => new(null, 0, count);

    public int Count => count;

    public int this[int k] => rows is null ? k : rows[offset + k];
}

/// <summary>
/// Where the store stood when a snapshot was read: the last id of each table (appends), the last entry of the
/// changed-articles log (updates and deletes of facts, mentions and articles) and the outlet rewrite counter.
/// </summary>
internal readonly record struct StoreMark(long LastArticleId, long LastFactId, long LastMentionId, long LastOutletId, long Rewrites, long LastChange)
{
    /// <summary>
    /// Since <paramref name="older"/>, rows were only added or articles changed: a snapshot can be brought up to date
    /// by appending rows and re-reading the changed articles. An outlet edit needs everything read again.
    /// </summary>
    public bool FollowsFrom(StoreMark older) => Rewrites == older.Rewrites && LastChange >= older.LastChange;
}

/// <summary>
/// The codes (<see cref="TextCodes"/>) of a text column: two bytes each while the column holds at most
/// <see cref="NarrowMax"/> values (units and governorates are a few dozen words, claimants and actors thousands), four
/// when it holds more. 2 MB less per column per million facts; a code past the limit needs a wide table
/// (<see cref="FactTable.WithWideCodes"/>), copied as a table is when it grows.
/// </summary>
internal sealed class CodeColumn
{
    public const int NarrowMax = ushort.MaxValue;

    private readonly ushort[]? _narrow;
    private readonly int[]? _wide;

    public CodeColumn(int capacity, bool wide)
    {
        if (wide) _wide = new int[capacity];
        else _narrow = new ushort[capacity];
    }

    public bool IsWide => _wide is not null;

    public int this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _narrow is { } narrow ? narrow[row] : _wide![row];
        // A narrow column never takes a code it cannot hold (the loader widens the table first).
        set
        {
            if (_narrow is { } narrow) narrow[row] = checked((ushort)value);
            else _wide![row] = value;
        }
    }

    public void CopyTo(CodeColumn other, int count)
    {
        if (_narrow is { } narrow && other._narrow is { } otherNarrow) Array.Copy(narrow, otherNarrow, count);
        else if (_wide is { } wide && other._wide is { } otherWide) Array.Copy(wide, otherWide, count);
        else if (_narrow is { } from && other._wide is { } to)
        {
            for (var row = 0; row < count; row++) to[row] = from[row];
        }
        else throw new InvalidOperationException("Four-byte codes do not fit a two-byte column.");
    }
}

/// <summary>
/// The last day of each row's span (DateEnd, or DateStart when there is none) as days after its start, two bytes a row:
/// spans of up to 179 years. An end before its start, past that, or without a start, is kept in full beside the column
/// (as <see cref="ExactValues"/> keeps values). The start column must be written first.
/// </summary>
internal sealed class DayEnds
{
    private const ushort KeptInFull = ushort.MaxValue;
    private readonly int[] _starts;
    private readonly ushort[] _days;
    private readonly ConcurrentDictionary<int, int> _inFull = new();

    /// <param name="starts">The table's start days, which the ends count from.</param>
    public DayEnds(int[] starts)
    {
        _starts = starts;
        _days = new ushort[starts.Length];
    }

    public int this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var days = _days[row];
            return days == KeptInFull ? InFull(row) : _starts[row] + days;
        }
        set
        {
            var days = (long)value - _starts[row];
            if (days is >= 0 and < KeptInFull && (_starts[row] != 0 || value == 0))
            {
                _days[row] = (ushort)days;
                return;
            }
            _inFull[row] = value;
            _days[row] = KeptInFull;
        }
    }

    /// <summary>Ends kept in full.</summary>
    public int InFullCount => _inFull.Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int InFull(int row) => _inFull.TryGetValue(row, out var day) ? day : 0;

    /// <summary>Copies the first <paramref name="count"/> rows into a larger column (whose starts are already copied).</summary>
    public void CopyTo(DayEnds larger, int count)
    {
        Array.Copy(_days, larger._days, count);
        foreach (var (row, day) in _inFull)
        {
            if (row < count) larger._inFull[row] = day;
        }
    }
}

/// <summary>
/// A column of stored values (SQLite REAL) in about half the memory of doubles: single precision holds most figures
/// exactly (whole numbers up to 16,777,216, far larger round ones such as 1.2 billion, halves and quarters); a value it
/// would round (a decimal such as 1.4: 2.5% of the values read from the 2018 corpus) is kept at full precision beside
/// the column, so every value reads back exactly and sums come out as over doubles.
/// </summary>
internal sealed class ExactValues
{
    private readonly float[] _values;
    // Rows whose value single precision would round (NaN in the column). Concurrent: the refresher writes rows past a
    // snapshot's count while older snapshots read theirs.
    private readonly ConcurrentDictionary<int, double> _rounded = new();

    public ExactValues(int capacity) => _values = new float[capacity];

    /// <summary>Values single precision could not hold (kept at full precision).</summary>
    public int FullPrecisionCount => _rounded.Count;

    public double this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var value = _values[row];
            return float.IsNaN(value) ? FullPrecision(row) : value;
        }
        set
        {
            var narrow = (float)value;
            if (narrow == value)
            {
                _values[row] = narrow;
                return;
            }
            _rounded[row] = value;
            _values[row] = float.NaN;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double FullPrecision(int row) => _rounded.TryGetValue(row, out var value) ? value : double.NaN;

    /// <summary>Copies the first <paramref name="count"/> rows into a larger column, full-precision ones included.</summary>
    public void CopyTo(ExactValues larger, int count)
    {
        Array.Copy(_values, larger._values, count);
        foreach (var (row, value) in _rounded)
        {
            if (row < count) larger._rounded[row] = value;
        }
    }
}

internal static class Growth
{
    /// <summary>
    /// Room for the rows needed plus a little (a thirty-second, at least 1,024 rows), and at least an eighth more than the
    /// arrays had: doubling would hold twice the store's columns in memory after the first append to a large snapshot,
    /// and a copy every eighth of growth costs little. The little room matters after a full read: sized exactly, the
    /// first stored article copied every column (107 MB more working set at a million facts for 3,000 new facts); a
    /// thirty-second is 2.5 MB there and takes tens of thousands of facts before the first copy.
    /// </summary>
    public static int NewCapacity(int capacity, int needed) =>
        (int)Math.Min(Array.MaxLength, Math.Max((long)needed + Math.Max(needed / 32, 1024), (long)capacity + Math.Max(capacity / 8, 1024)));
}

/// <summary>
/// The month (year × 12 + month − 1) of each day the facts of a snapshot start on, from a table over their days: the
/// monthly aggregate asks it for every row, and a look-up in a table of a few thousand days stands in for a column of
/// months (4 MB per million facts) where the calendar's arithmetic per row would not. Days beyond the table's 359
/// years are worked out.
/// </summary>
internal sealed class MonthLookup
{
    private const int TableDays = 1 << 17;
    private readonly int _firstDay;
    private readonly int[] _months;

    private MonthLookup(int firstDay, int[] months, int first, int last)
    {
        _firstDay = firstDay;
        _months = months;
        First = first;
        Last = last;
    }

    /// <summary>The first and last month any of the days falls in; (0, −1) when none has a date.</summary>
    public int First { get; }
    public int Last { get; }

    /// <summary>Over the stored days (0 = none) of the first <paramref name="count"/> rows.</summary>
    public static MonthLookup Over(int[] days, int count)
    {
        int min = int.MaxValue, max = int.MinValue;
        for (var row = 0; row < count; row++)
        {
            var day = days[row];
            if (day == 0) continue;
            if (day < min) min = day;
            if (day > max) max = day;
        }
        if (min > max) return new MonthLookup(0, [], 0, -1);
        var months = new int[(int)Math.Min((long)max - min + 1, TableDays)];
        for (var k = 0; k < months.Length; k++) months[k] = DayNumbers.MonthOf(min + k);
        return new MonthLookup(min, months, DayNumbers.MonthOf(min), DayNumbers.MonthOf(max));
    }

    /// <summary>The month of a stored day; −1 for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(int day)
    {
        var k = day - _firstDay;
        return (uint)k < (uint)_months.Length ? _months[k] : DayNumbers.MonthOf(day);
    }
}

internal static class DayNumbers
{
    /// <summary>The stored form of a date: its day number plus one, 0 for none.</summary>
    public static int Of(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

    public static DateOnly? ToDate(int stored) => stored == 0 ? null : DateOnly.FromDayNumber(stored - 1);

    public static int MonthOf(int stored)
    {
        if (stored == 0) return -1;
        var date = DateOnly.FromDayNumber(stored - 1);
        return date.Year * 12 + date.Month - 1;
    }
}
