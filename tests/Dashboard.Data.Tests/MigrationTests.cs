using Dashboard.Data.Sqlite;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_build_a_fresh_database_with_every_table_and_index_in_wal_mode()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.CreateContext();

        Assert.True(File.Exists(database.DatabasePath));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await SqliteTuning.JournalModeAsync(db));

        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync();
        Assert.Superset(new HashSet<string> { "Outlets", "Articles", "Facts", "DateMentions", "__EFMigrationsHistory" }, tables.ToHashSet());

        var indexes = await db.Database
            .SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            .ToListAsync();
        string[] expected =
        [
            "ON \"Facts\" (\"Kind\", \"DateStart\")",
            "ON \"Facts\" (\"OutletId\")",
            "ON \"Facts\" (\"ArticleId\")",
            "ON \"Articles\" (\"PublishedOn\")",
            "ON \"Articles\" (\"OutletId\")",
        ];
        foreach (var shape in expected) Assert.Contains(indexes, sql => sql.EndsWith(shape, StringComparison.Ordinal));
        // The overview's covering index starts with Scope, Kind, DateStart; an index of those three alone is gone.
        Assert.Contains(indexes, sql => sql.Contains("\"IX_Facts_Overview\" ON \"Facts\" (\"Scope\", \"Kind\", \"DateStart\",", StringComparison.Ordinal));
        Assert.DoesNotContain(indexes, sql => sql.EndsWith("ON \"Facts\" (\"Scope\", \"Kind\", \"DateStart\")", StringComparison.Ordinal));
        Assert.Contains(indexes, sql => sql.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal) && sql.EndsWith("ON \"Articles\" (\"ContentHash\")", StringComparison.Ordinal));
        Assert.Contains(indexes, sql => sql.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal) && sql.EndsWith("ON \"Outlets\" (\"Key\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Enums_are_stored_as_contract_words_and_dates_as_iso_text()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var article = new Entities.Article
            {
                Text = "نص", ContentHash = new string('a', 64), ExtractorVersion = "t",
                PublishedOn = new DateOnly(2020, 6, 23), PublishedBasis = Extraction.Model.PublishedBasis.Text,
            };
            article.Facts.Add(new Entities.FactRecord
            {
                Kind = Extraction.Model.FactKind.MilitantStrength, Unit = "person", Sentence = "s",
                Scope = Extraction.Model.FactScope.Cumulative, Target = Extraction.Model.FactTarget.SecurityForces,
                Qualifier = Extraction.Model.Qualifier.AtLeast, DateStart = new DateOnly(2020, 1, 1),
                DatePrecision = Extraction.Model.DatePrecision.Range, DateBasis = Extraction.Model.DateBasis.Relative,
            });
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var row = await read.Database
            .SqlQueryRaw<string>("SELECT Kind || '|' || Scope || '|' || Target || '|' || Qualifier || '|' || DateStart || '|' || DateBasis AS Value FROM Facts")
            .SingleAsync();
        Assert.Equal("militant_strength|cumulative|security_forces|at_least|2020-01-01|relative", row);
        var basis = await read.Database.SqlQueryRaw<string>("SELECT PublishedBasis || '|' || PublishedOn AS Value FROM Articles").SingleAsync();
        Assert.Equal("text|2020-06-23", basis);
    }
}
