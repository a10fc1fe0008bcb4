using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Snapshot;

/// <summary>Reads a <see cref="StoreSnapshot"/> from the database: everything, or only the rows added since an older one.</summary>
internal static class StoreSnapshotLoader
{
    // Day number + 1 of a stored 'yyyy-MM-dd' text, 0 for NULL: julianday(0001-01-01) is 1721425.5.
    private static string Day(string column) => $"IFNULL(CAST(julianday({column}) - 1721424.5 AS INTEGER), 0)";

    public const string MarkSql =
        "SELECT (SELECT IFNULL(MAX(Id), 0) FROM Articles), (SELECT IFNULL(MAX(Id), 0) FROM Facts), " +
        "(SELECT IFNULL(MAX(Id), 0) FROM DateMentions), (SELECT IFNULL(MAX(Id), 0) FROM Outlets), " +
        "(SELECT IFNULL(MAX(Rewrites), 0) FROM StoreRevision), (SELECT IFNULL(MAX(Seq), 0) FROM StoreChanges)";


    public static async Task<StoreMark> ReadMarkAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        // Each is a look-up of the last row of a B-tree, not a scan.
        command.CommandText = MarkSql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new StoreMark(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <summary>
    /// A snapshot of the store as it is now. From <paramref name="previous"/> when it can be brought up to date: rows
    /// added since are appended; the rows of articles changed since (re-extracted, edited, deleted) are marked dead and
    /// the articles' current rows appended. After an outlet edit, or once dead rows pass a quarter of the facts,
    /// everything is read again.
    /// </summary>
    public static async Task<StoreSnapshot> LoadAsync(SqliteConnection connection, StoreSnapshot? previous, CancellationToken ct)
    {
        // One read transaction: the mark and the rows come from the same state of the file (WAL snapshot). Deferred,
        // so it never takes the write lock (Microsoft.Data.Sqlite begins IMMEDIATE otherwise) and the writer goes on.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var mark = await ReadMarkAsync(connection, ct);
        if (previous is not null && previous.Mark == mark) return previous;
        var basis = previous is not null && mark.FollowsFrom(previous.Mark) && previous.DeadFacts * 4 <= previous.FactCount ? previous : null;
        var after = basis?.Mark ?? default;
        var changed = basis is null || mark.LastChange == after.LastChange ? [] : await ChangedArticlesAsync(connection, after.LastChange, ct);
        var changedJson = "[" + string.Join(',', changed) + "]";

        var outletNames = await ReadOutletNamesAsync(connection, ct);

        // Old snapshots may still be reading the article table: changes go into a copy, appends past their ids in place.
        var maxArticleId = (int)mark.LastArticleId;
        var articles = basis is null ? new ArticleTable(maxArticleId + 1)
            : changed.Count > 0 ? basis.Articles.Copy(maxArticleId)
            : basis.Articles.WithRoomFor(maxArticleId, basis.MaxArticleId);
        foreach (var id in changed)
        {
            if (id < articles.Capacity) articles.Exists[id] = false;
        }
        await ReadArticlesAsync(connection, articles, changed.Count == 0 ? "Id > $after" : "Id > $after OR Id IN (SELECT value FROM json_each($changed))",
            after.LastArticleId, changedJson, ct);

        var codes = basis?.Codes.Copy() ?? new FactCodes();
        var mentionTexts = basis?.MentionTexts.Copy() ?? new TextCodes();
        var factCount = basis?.FactCount ?? 0;
        var facts = basis?.Facts ?? new FactTable(0);
        var changedSet = changed.ToHashSet();
        var deadFacts = Bury(basis?.DeadFactRows, facts.ArticleId, factCount, changedSet);
        var deadMentions = Bury(basis?.DeadMentionRows, basis?.Mentions.ArticleId, basis?.MentionCount ?? 0, changedSet);
        // The rows of new articles and every current row of the changed ones. Rows are chosen by article, not by id:
        // SQLite gives the ids of deleted last rows out again, and only an article's own writes add rows to it (the
        // triggers log any other).
        var rows = basis is null ? "1 = 1"
            : changed.Count == 0 ? "ArticleId > $after"
            : "ArticleId > $after OR ArticleId IN (SELECT value FROM json_each($changed))";
        (facts, factCount) = await ReadFactsAsync(connection, facts, factCount, rows, after.LastArticleId, changedJson, codes, ct);

        var mentionCount = basis?.MentionCount ?? 0;
        var mentions = basis?.Mentions ?? new MentionTable(0);
        (mentions, mentionCount) = await ReadMentionsAsync(connection, mentions, mentionCount, rows, after.LastArticleId, changedJson, mentionTexts, ct);

        await transaction.CommitAsync(ct);

        // Rows whose article is gone (deleted from a shell with foreign keys off) still name it: the article columns
        // reach their ids too, where they read no outlet and no date, as a missing article has.
        var maxReferenced = Math.Max(maxArticleId, Math.Max(basis?.MaxArticleId ?? 0,
            Math.Max(MaxOf(facts.ArticleId, basis?.FactCount ?? 0, factCount), MaxOf(mentions.ArticleId, basis?.MentionCount ?? 0, mentionCount))));
        articles = articles.WithRoomFor(maxReferenced, maxArticleId);

        // A changed article's old rows are dead and its rows read again come after; only a move to another outlet or
        // date changes the key of rows already sorted (the dead ones, through their article), and so that order.
        bool Moved(Func<ArticleTable, int[]> column) =>
            basis is not null && changed.Any(id => id < basis.Articles.Capacity && column(articles)[id] != column(basis.Articles)[id]);
        var outletsMoved = Moved(a => a.OutletId);
        var datesMoved = Moved(a => a.PublishedOn);
        return new StoreSnapshot(mark, facts, factCount, articles, maxReferenced, mentions, mentionCount,
            codes, mentionTexts, outletNames, deadFacts, deadMentions, appendedTo: basis,
            outletsMoved: outletsMoved, datesMoved: datesMoved);
    }

    private static int MaxOf(int[] values, int from, int to)
    {
        var max = 0;
        for (var i = from; i < to; i++) max = Math.Max(max, values[i]);
        return max;
    }

    private static async Task<List<int>> ChangedArticlesAsync(SqliteConnection connection, long afterSeq, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ArticleId FROM StoreChanges WHERE Seq > $after";
        command.Parameters.AddWithValue("$after", afterSeq);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (reader.Read()) ids.Add(reader.GetInt32(0));
        return ids;
    }

    // The dead rows of the older snapshot plus those of the changed articles, in a new array (older snapshots keep
    // theirs); the same array when nothing changed.
    private static bool[]? Bury(bool[]? dead, int[]? articleIds, int count, HashSet<int> changed)
    {
        if (changed.Count == 0 || articleIds is null) return dead;
        var buried = new bool[count];
        if (dead is not null) Array.Copy(dead, buried, Math.Min(dead.Length, count));
        for (var row = 0; row < count; row++)
        {
            if (changed.Contains(articleIds[row])) buried[row] = true;
        }
        return buried;
    }

    private static async Task<FrozenDictionary<int, string>> ReadOutletNamesAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Name FROM Outlets";
        var names = new Dictionary<int, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names[reader.GetInt32(0)] = reader.GetString(1);
        return names.ToFrozenDictionary();
    }

    private static async Task ReadArticlesAsync(SqliteConnection connection, ArticleTable articles, string where, long afterId, string changedJson, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id, IFNULL(OutletId, 0), {Day("PublishedOn")} FROM Articles WHERE {where}";
        Bind(command, afterId, changedJson);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            articles.Exists[id] = true;
            articles.OutletId[id] = reader.GetInt32(1);
            articles.PublishedOn[id] = reader.GetInt32(2);
        }
    }

    private static async Task<(FactTable, int)> ReadFactsAsync(SqliteConnection connection, FactTable table, int count, string where, long afterId,
        string changedJson, FactCodes codes, CancellationToken ct)
    {
        table = table.WithRoomFor(count + await CountAsync(connection, $"SELECT COUNT(*) FROM Facts WHERE {where}", afterId, changedJson, ct), count);

        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT Id, ArticleId, {Day("DateStart")}, {Day("IFNULL(DateEnd, DateStart)")}, " +
            $"{Code<FactKind>("Kind")}, {Code<FactScope>("Scope")}, {Code<Qualifier>("Qualifier")}, {Code<FactTarget>("Target")}, " +
            $"Unit, Attribution, Governorate, Min, Max, Confidence, Actor, {Code<DatePrecision>("DatePrecision")}, DateEnd IS NOT NULL FROM Facts WHERE {where} ORDER BY Id";
        Bind(command, afterId, changedJson);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return FillFacts(reader, table, count, codes, ct);
    }

    // Synchronous and fully optimised from the first call: this loop runs once per process over every fact, so tiered
    // compilation would otherwise run most of it as unoptimised code (Microsoft.Data.Sqlite reads synchronously anyway).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (FactTable, int) FillFacts(SqliteDataReader reader, FactTable table, int count,
        FactCodes codes, CancellationToken ct)
    {
        var (units, attributions, governorates, actors, confidences) = (codes.Units, codes.Attributions, codes.Governorates, codes.Actors, codes.Confidences);
        var i = count;
        while (reader.Read())
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            if (i == table.Capacity) table = table.WithRoomFor(i + 1, i);
            var unit = units.Encode(reader.GetString(8));
            var attribution = attributions.Encode(reader.IsDBNull(9) ? null : reader.GetString(9));
            var governorate = governorates.Encode(reader.IsDBNull(10) ? null : reader.GetString(10));
            var actor = actors.Encode(reader.IsDBNull(14) ? null : reader.GetString(14));
            var confidence = confidences.Encode(reader.GetDouble(13));
            if (Math.Max(Math.Max(Math.Max(unit, attribution), Math.Max(governorate, actor)), confidence) > CodeColumn.NarrowMax) table = table.WithWideCodes(i);
            table.Id[i] = RowId(reader);
            table.ArticleId[i] = reader.GetInt32(1);
            var start = reader.GetInt32(2);
            table.DateStart[i] = start;
            table.DateEndOrStart[i] = reader.GetInt32(3);
            table.Kind[i] = KnownCode<FactKind>(reader, 4);
            table.Scope[i] = KnownCode<FactScope>(reader, 5);
            table.Qualifier[i] = KnownCode<Qualifier>(reader, 6);
            table.Target[i] = reader.IsDBNull(7) ? (byte)0 : (byte)(KnownCode<FactTarget>(reader, 7) + 1);
            table.Unit[i] = unit;
            table.Attribution[i] = attribution;
            table.Governorate[i] = governorate;
            table.Actor[i] = actor;
            table.Min[i] = reader.GetDouble(11);
            table.Max[i] = reader.GetDouble(12);
            table.Confidence[i] = confidence;
            table.DatePrecisionAndEnd[i] = FactTable.DateForm(KnownCode<DatePrecision>(reader, 15), reader.GetBoolean(16));
            i++;
        }
        return (table, i);
    }

    private static async Task<(MentionTable, int)> ReadMentionsAsync(SqliteConnection connection, MentionTable table, int count, string where, long afterId,
        string changedJson, TextCodes texts, CancellationToken ct)
    {
        table = table.WithRoomFor(count + await CountAsync(connection, $"SELECT COUNT(*) FROM DateMentions WHERE ({where}) AND DateStart IS NOT NULL", afterId, changedJson, ct), count);

        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT Id, ArticleId, {Day("DateStart")}, {Day("IFNULL(DateEnd, DateStart)")}, Text, {Code<DatePrecision>("DatePrecision")} FROM DateMentions " +
            $"WHERE ({where}) AND DateStart IS NOT NULL ORDER BY Id";
        Bind(command, afterId, changedJson);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return FillMentions(reader, table, count, texts, ct);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (MentionTable, int) FillMentions(SqliteDataReader reader, MentionTable table, int count, TextCodes texts, CancellationToken ct)
    {
        var i = count;
        while (reader.Read())
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            if (i == table.Capacity) table = table.WithRoomFor(i + 1, i);
            table.Id[i] = RowId(reader);
            table.ArticleId[i] = reader.GetInt32(1);
            table.DateStart[i] = reader.GetInt32(2);
            table.DateEndOrStart[i] = reader.GetInt32(3);
            table.Text[i] = texts.Encode(reader.GetString(4));
            table.Precision[i] = KnownCode<DatePrecision>(reader, 5);
            i++;
        }
        return (table, i);
    }

    // Rows to be read, so the arrays are sized once; within the read transaction the count cannot change.
    private static async Task<int> CountAsync(SqliteConnection connection, string sql, long afterId, string changedJson, CancellationToken ct)
    {
        await using var counting = connection.CreateCommand();
        counting.CommandText = sql;
        Bind(counting, afterId, changedJson);
        return Convert.ToInt32(await counting.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Bind(SqliteCommand command, long afterId, string changedJson)
    {
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$changed", changedJson);
    }

    // The stored contract word as the enum's number, computed by SQLite: reading the words as strings allocated four
    // strings per fact. An unknown word gives -1 (and an error below) rather than a wrong kind.
    private static string Code<TEnum>(string column) where TEnum : struct, Enum =>
        $"CASE WHEN {column} IS NULL THEN NULL " + string.Concat(Enum.GetValues<TEnum>().Select(v =>
            $"WHEN {column} = '{FactFilterQuery.Word(v)}' THEN {Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} "))
        + "ELSE -1 END";

    // Ids are kept in 32 bits; a store that has given out more than two billion ids says so instead of wrapping.
    private static int RowId(SqliteDataReader reader)
    {
        var id = reader.GetInt64(0);
        return id is >= int.MinValue and <= int.MaxValue ? (int)id
            : throw new InvalidOperationException($"A stored row has id {id}; this version keeps ids within 32 bits.");
    }

    private static byte KnownCode<TEnum>(SqliteDataReader reader, int ordinal) where TEnum : struct, Enum
    {
        var code = reader.GetInt32(ordinal);
        return code >= 0 ? (byte)code
            : throw new InvalidOperationException($"A stored row holds a {typeof(TEnum).Name} word this version does not know.");
    }
}
