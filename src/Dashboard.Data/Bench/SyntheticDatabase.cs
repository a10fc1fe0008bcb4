using System.Globalization;
using Dashboard.Data.Configurations;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Bench;

/// <summary>What a synthetic database holds.</summary>
public sealed record SyntheticSummary(int Outlets, int Articles, int Facts, int DateMentions, long Bytes);

/// <summary>
/// Fills a migrated database with synthetic rows straight through prepared ADO.NET inserts (no extraction), so query
/// timings can be taken at a year's scale in seconds. The distributions follow the generated corpus: dozens of
/// outlets, ten years of publication dates, eighteen governorates, twenty claimants, both scopes, every qualifier.
/// </summary>
public static class SyntheticDatabase
{
    private const int DateMentionsPerArticle = 2;

    public static async Task<SyntheticSummary> CreateAsync(string path, int facts, int articles, int seed, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(facts);
        BenchDatabase.Delete(path);
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddBenchDatabase(path);
        await using (var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services))
        {
            var factory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IDbContextFactory<DashboardDbContext>>(provider);
            await BenchDatabase.MigrateAsync(factory, ct);
        }

        await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(path));
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;", ct);

        var outlets = CorpusVocabulary.Outlets;
        await InsertOutletsAsync(connection, outlets, ct);
        var articleRows = await InsertArticlesAsync(connection, articles, facts, outlets.Count, seed, ct);
        await InsertFactsAsync(connection, articleRows, facts, seed, ct);
        await InsertDateMentionsAsync(connection, articleRows, seed, ct);
        await ExecuteAsync(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);", ct);
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();

        return new SyntheticSummary(outlets.Count, articles, facts, articles * DateMentionsPerArticle, new FileInfo(path).Length);
    }

    private sealed record ArticleRow(int Id, int OutletId, DateOnly Published, int FactCount);

    private static async Task InsertOutletsAsync(SqliteConnection connection, IReadOnlyList<CorpusOutlet> outlets, CancellationToken ct)
    {
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Outlets (Id, Name, Key, EnglishName, Domain) VALUES ($id, $name, $key, NULL, $domain)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var domain = insert.Parameters.Add("$domain", SqliteType.Text);
        for (var i = 0; i < outlets.Count; i++)
        {
            id.Value = i + 1;
            name.Value = outlets[i].Name;
            key.Value = Ingestion.OutletNames.Key(outlets[i].Name) + "#" + (i + 1).ToString(CultureInfo.InvariantCulture);
            domain.Value = outlets[i].Domain;
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task<ArticleRow[]> InsertArticlesAsync(SqliteConnection connection, int articles, int facts, int outletCount, int seed, CancellationToken ct)
    {
        var random = BenchRandom.For(seed, -1);
        var rows = new ArticleRow[articles];
        // Spread the facts over the articles at random: a few each on average, some none, some many.
        var perArticle = new int[articles];
        for (var f = 0; f < facts; f++) perArticle[random.Next(articles)]++;

        var days = CorpusGenerator.LastDay.DayNumber - CorpusGenerator.FirstDay.DayNumber + 1;
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Articles (Id, OutletId, Title, Url, PublishedOn, PublishedBasis, Text, ContentHash, SourceFile, IngestedAtUtc, ExtractorVersion, FactCount)
            VALUES ($id, $outlet, $title, $url, $published, 'given', $text, $hash, $file, '2025-01-01 00:00:00', 'synthetic', $facts)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var outlet = insert.Parameters.Add("$outlet", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var url = insert.Parameters.Add("$url", SqliteType.Text);
        var published = insert.Parameters.Add("$published", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var file = insert.Parameters.Add("$file", SqliteType.Text);
        var factCount = insert.Parameters.Add("$facts", SqliteType.Integer);
        for (var i = 0; i < articles; i++)
        {
            var row = new ArticleRow(i + 1, 1 + random.Skewed(0, outletCount - 1), CorpusGenerator.FirstDay.AddDays(random.Next(days)), perArticle[i]);
            rows[i] = row;
            var headline = string.Format(CultureInfo.InvariantCulture, random.Pick(CorpusVocabulary.Headlines), random.Pick(random.Pick(CorpusVocabulary.Governorates).Places));
            id.Value = row.Id;
            outlet.Value = row.OutletId;
            title.Value = headline;
            url.Value = string.Create(CultureInfo.InvariantCulture, $"https://example.org/{row.Id}");
            published.Value = Iso(row.Published);
            text.Value = headline + "\n\n" + random.Pick(CorpusVocabulary.Filler) + " " + random.Pick(CorpusVocabulary.Filler);
            hash.Value = row.Id.ToString("x64", CultureInfo.InvariantCulture);
            file.Value = CorpusGenerator.FileName(i);
            factCount.Value = row.FactCount;
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return rows;
    }

    private static async Task InsertFactsAsync(SqliteConnection connection, ArticleRow[] articles, int facts, int seed, CancellationToken ct)
    {
        var random = BenchRandom.For(seed, -2);
        var sentences = Enumerable.Range(0, 400).Select(i => new CorpusGenerator(seed).Generate(i)).SelectMany(a => a.Facts).Select(f => f.Sentence).ToArray();
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Facts (ArticleId, OutletId, PublishedOn, Kind, Min, Max, Qualifier, Unit, Scope, DateStart, DateEnd, DatePrecision, DateBasis,
                Actor, Target, Location, Governorate, Attribution, Sentence, SpanStart, SpanEnd, Confidence)
            VALUES ($article, $outlet, $published, $kind, $min, $max, $qualifier, $unit, $scope, $start, $end, $precision, $basis,
                $actor, $target, $location, $governorate, $attribution, $sentence, $spanStart, $spanEnd, $confidence)
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "article", "outlet", "published", "kind", "min", "max", "qualifier", "unit", "scope", "start", "end", "precision", "basis",
                     "actor", "target", "location", "governorate", "attribution", "sentence", "spanStart", "spanEnd", "confidence" })
            p[name] = insert.Parameters.Add("$" + name, SqliteType.Text);

        var written = 0;
        foreach (var article in articles)
        {
            for (var k = 0; k < article.FactCount; k++, written++)
            {
                if (written % 100_000 == 0) ct.ThrowIfCancellationRequested();
                var fact = SyntheticFact(random, article);
                p["article"].Value = article.Id;
                p["outlet"].Value = article.OutletId;
                p["published"].Value = Iso(article.Published);
                p["kind"].Value = ContractWords<FactKind>.ToWord(fact.Kind);
                p["min"].Value = fact.Min;
                p["max"].Value = fact.Max;
                p["qualifier"].Value = ContractWords<Qualifier>.ToWord(fact.Qualifier);
                p["unit"].Value = fact.Unit;
                p["scope"].Value = ContractWords<FactScope>.ToWord(fact.Scope);
                p["start"].Value = fact.Start is { } s ? Iso(s) : DBNull.Value;
                p["end"].Value = fact.End is { } e ? Iso(e) : DBNull.Value;
                p["precision"].Value = ContractWords<DatePrecision>.ToWord(fact.Start is null ? DatePrecision.Unknown : fact.Scope == FactScope.Cumulative ? DatePrecision.Range : DatePrecision.Day);
                p["basis"].Value = ContractWords<DateBasis>.ToWord(fact.Start is null ? DateBasis.None : DateBasis.Relative);
                p["actor"].Value = random.Chance(0.4) ? "القوات الأمنية" : DBNull.Value;
                p["target"].Value = fact.Target is { } t ? ContractWords<FactTarget>.ToWord(t) : DBNull.Value;
                p["location"].Value = fact.Governorate is { } g ? random.Pick(g.Places) : DBNull.Value;
                p["governorate"].Value = fact.Governorate is { } gov ? gov.English : DBNull.Value;
                p["attribution"].Value = random.Chance(0.7) ? random.Pick(CorpusVocabulary.Claimants).Name : DBNull.Value;
                p["sentence"].Value = random.Pick(sentences);
                var spanStart = random.Between(0, 1500);
                p["spanStart"].Value = spanStart;
                p["spanEnd"].Value = spanStart + random.Between(2, 20);
                p["confidence"].Value = Math.Round(0.5 + random.NextDouble() / 2, 2);
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
    }

    private sealed record FactValues(FactKind Kind, double Min, double Max, Qualifier Qualifier, string Unit, FactScope Scope,
        DateOnly? Start, DateOnly? End, FactTarget? Target, CorpusGovernorate? Governorate);

    private static readonly FactKind[] Kinds =
    [
        FactKind.Killed, FactKind.Killed, FactKind.Killed, FactKind.Wounded, FactKind.Wounded, FactKind.Arrested, FactKind.Arrested, FactKind.Arrested,
        FactKind.Strikes, FactKind.Operations, FactKind.Operations, FactKind.MilitantStrength, FactKind.Seized, FactKind.Seized, FactKind.Funding,
        FactKind.Displaced, FactKind.Abducted, FactKind.Other,
    ];

    private static FactValues SyntheticFact(BenchRandom random, ArticleRow article)
    {
        var kind = random.Pick(Kinds);
        var cumulative = random.Chance(0.15);
        var qualifier = random.Next(100) switch
        {
            < 60 => Qualifier.Exact, < 72 => Qualifier.Approximate, < 82 => Qualifier.AtLeast, < 85 => Qualifier.AtMost, < 92 => Qualifier.Range, _ => Qualifier.Vague,
        };
        double min, max;
        string unit;
        if (kind == FactKind.Funding)
        {
            min = max = random.Between(1, 500) * 1e6;
            unit = random.Chance(0.75) ? "USD" : "IQD";
        }
        else
        {
            min = random.Skewed(1, cumulative ? 5000 : 300);
            max = qualifier switch { Qualifier.Range => min + random.Between(1, 50), Qualifier.Vague => min * 5, _ => min };
            unit = kind switch
            {
                FactKind.Strikes => "strike", FactKind.Operations => "operation", FactKind.Seized => "item", FactKind.Displaced => "family",
                FactKind.Other => random.Chance(0.5) ? "percent" : "country", _ => "person",
            };
        }
        DateOnly? start = random.Chance(0.9) ? article.Published.AddDays(-random.Next(7)) : null;
        DateOnly? end = start;
        if (cumulative && start is { } s)
        {
            start = new DateOnly(s.Year, 1, 1);
            end = s;
        }
        FactTarget? target = kind is FactKind.Killed or FactKind.Wounded or FactKind.Abducted
            ? random.Pick(new[] { FactTarget.Militants, FactTarget.Militants, FactTarget.Civilians, FactTarget.SecurityForces, FactTarget.Mixed, FactTarget.Unknown })
            : null;
        var governorate = random.Chance(0.8) ? CorpusVocabulary.Governorates[random.Skewed(0, CorpusVocabulary.Governorates.Count - 1)] : null;
        return new FactValues(kind, min, max, qualifier, unit, cumulative ? FactScope.Cumulative : FactScope.Incident, start, end, target, governorate);
    }

    private static async Task InsertDateMentionsAsync(SqliteConnection connection, ArticleRow[] articles, int seed, CancellationToken ct)
    {
        var random = BenchRandom.For(seed, -3);
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO DateMentions (ArticleId, Text, DateStart, DateEnd, DatePrecision, DateBasis, SpanStart, SpanEnd)
            VALUES ($article, $text, $start, $start, 'day', $basis, $spanStart, $spanEnd)
            """;
        var article = insert.Parameters.Add("$article", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var start = insert.Parameters.Add("$start", SqliteType.Text);
        var basis = insert.Parameters.Add("$basis", SqliteType.Text);
        var spanStart = insert.Parameters.Add("$spanStart", SqliteType.Integer);
        var spanEnd = insert.Parameters.Add("$spanEnd", SqliteType.Integer);
        foreach (var row in articles)
        {
            for (var k = 0; k < DateMentionsPerArticle; k++)
            {
                var day = row.Published.AddDays(-random.Next(7));
                article.Value = row.Id;
                var relative = k == 0;
                text.Value = relative
                    ? "يوم " + CorpusVocabulary.Weekdays[(int)day.DayOfWeek] + " الماضي"
                    : string.Create(CultureInfo.InvariantCulture, $"{day.Day} {CorpusVocabulary.ArabicMonths[day.Month - 1]} {day.Year}");
                start.Value = Iso(day);
                basis.Value = relative ? "relative" : "explicit";
                var s = random.Between(0, 1500);
                spanStart.Value = s;
                spanEnd.Value = s + 12;
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
