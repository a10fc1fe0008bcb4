using Dashboard.Data.Configurations;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Inserts an article with its facts and date mentions through prepared statements reused for every article, inside
/// the caller's transaction. The ingestion writer is the one serial stage of ingestion; going through the change
/// tracker cost several times the CPU of these statements per article (see docs/benchmarks.md). Values are bound in
/// the forms the EF model stores: contract words for enums, ISO text for dates.
/// </summary>
internal sealed class ArticleRowWriter : IDisposable
{
    private readonly SqliteCommand _outlet;
    private readonly SqliteCommand _article;
    private readonly SqliteCommand _fact;
    private readonly SqliteCommand _date;

    public ArticleRowWriter(SqliteConnection connection)
    {
        _outlet = Command(connection,
            "INSERT INTO Outlets (Name, Key, EnglishName, Domain) VALUES ($Name, $Key, $EnglishName, $Domain) RETURNING Id",
            "Name", "Key", "EnglishName", "Domain");
        _article = Command(connection,
            """
            INSERT INTO Articles (OutletId, Title, Url, PublishedOn, PublishedBasis, Text, ContentHash, SourceFile, IngestedAtUtc, ExtractorVersion, FactCount)
            VALUES ($OutletId, $Title, $Url, $PublishedOn, $PublishedBasis, $Text, $ContentHash, $SourceFile, $IngestedAtUtc, $ExtractorVersion, $FactCount)
            RETURNING Id
            """,
            "OutletId", "Title", "Url", "PublishedOn", "PublishedBasis", "Text", "ContentHash", "SourceFile", "IngestedAtUtc", "ExtractorVersion", "FactCount");
        _fact = Command(connection,
            """
            INSERT INTO Facts (ArticleId, OutletId, PublishedOn, Kind, Min, Max, Qualifier, Unit, Scope, DateStart, DateEnd, DatePrecision, DateBasis,
                Actor, Target, Location, Governorate, Attribution, Sentence, SpanStart, SpanEnd, Confidence)
            VALUES ($ArticleId, $OutletId, $PublishedOn, $Kind, $Min, $Max, $Qualifier, $Unit, $Scope, $DateStart, $DateEnd, $DatePrecision, $DateBasis,
                $Actor, $Target, $Location, $Governorate, $Attribution, $Sentence, $SpanStart, $SpanEnd, $Confidence)
            """,
            "ArticleId", "OutletId", "PublishedOn", "Kind", "Min", "Max", "Qualifier", "Unit", "Scope", "DateStart", "DateEnd", "DatePrecision", "DateBasis",
            "Actor", "Target", "Location", "Governorate", "Attribution", "Sentence", "SpanStart", "SpanEnd", "Confidence");
        _date = Command(connection,
            """
            INSERT INTO DateMentions (ArticleId, Text, DateStart, DateEnd, DatePrecision, DateBasis, SpanStart, SpanEnd)
            VALUES ($ArticleId, $Text, $DateStart, $DateEnd, $DatePrecision, $DateBasis, $SpanStart, $SpanEnd)
            """,
            "ArticleId", "Text", "DateStart", "DateEnd", "DatePrecision", "DateBasis", "SpanStart", "SpanEnd");
    }

    public async Task<int> InsertOutletAsync(OutletIdentity identity, SqliteTransaction transaction, CancellationToken ct)
    {
        Bind(_outlet, transaction, identity.Name, identity.Key, identity.EnglishName, identity.Domain);
        return Convert.ToInt32(await _outlet.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The article row, then one row per fact and per date mention; returns the article's id.</summary>
    public async Task<int> InsertArticleAsync(PreparedArticle prepared, int? outletId, DateTime ingestedAtUtc, SqliteTransaction transaction, CancellationToken ct)
    {
        var extraction = prepared.Extraction;
        Bind(_article, transaction, outletId, prepared.Title, prepared.Url, prepared.Published, ContractWords<PublishedBasis>.ToWord(prepared.PublishedBasis),
            prepared.Text, prepared.ContentHash, Path.GetFileName(prepared.Name), ingestedAtUtc, prepared.ExtractorVersion, extraction.Facts.Count);
        var articleId = Convert.ToInt32(await _article.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        foreach (var f in extraction.Facts)
        {
            Bind(_fact, transaction, articleId, outletId, prepared.Published,
                ContractWords<FactKind>.ToWord(f.Kind), f.Min, f.Max, ContractWords<Qualifier>.ToWord(f.Qualifier), f.Unit, ContractWords<FactScope>.ToWord(f.Scope),
                f.DateStart, f.DateEnd, ContractWords<DatePrecision>.ToWord(f.DatePrecision), ContractWords<DateBasis>.ToWord(f.DateBasis),
                f.Actor, f.Target is { } target ? ContractWords<FactTarget>.ToWord(target) : null, f.Location, f.Governorate, f.Attribution,
                f.Sentence, f.Span.Start, f.Span.End, f.Confidence);
            await _fact.ExecuteNonQueryAsync(ct);
        }
        foreach (var d in extraction.Dates)
        {
            Bind(_date, transaction, articleId, d.Text, d.DateStart, d.DateEnd,
                ContractWords<DatePrecision>.ToWord(d.DatePrecision), ContractWords<DateBasis>.ToWord(d.DateBasis), d.Span.Start, d.Span.End);
            await _date.ExecuteNonQueryAsync(ct);
        }
        return articleId;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter("$" + name, null));
        return command;
    }

    private static void Bind(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose()
    {
        _outlet.Dispose();
        _article.Dispose();
        _fact.Dispose();
        _date.Dispose();
    }
}
