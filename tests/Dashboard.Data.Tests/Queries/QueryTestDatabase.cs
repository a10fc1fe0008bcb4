using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Data.Tests.Queries;

/// <summary>A real SQLite file in a temp folder, created from the model, that tests fill with hand-made rows.</summary>
public sealed class QueryTestDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dashboard-query-tests", Guid.NewGuid().ToString("N"));

    public QueryTestDatabase()
    {
        Directory.CreateDirectory(_directory);
        Path_ = System.IO.Path.Combine(_directory, "dashboard.db");
        ConnectionString = $"Data Source={Path_}";
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite(ConnectionString).Options;
        Contexts = new PooledDbContextFactory<DashboardDbContext>(options);
        using var db = Contexts.CreateDbContext();
        db.Database.EnsureCreated();
        Queries = new DashboardQueries(Contexts);
    }

    public string Path_ { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<DashboardDbContext> Contexts { get; }
    public DashboardQueries Queries { get; }

    public void Add(params object[] entities)
    {
        using var db = Contexts.CreateDbContext();
        db.AddRange(entities);
        db.SaveChanges();
        // Ingestion copies the article's outlet and date onto its facts; ids exist only once saved.
        foreach (var fact in db.ChangeTracker.Entries<FactRecord>().Select(e => e.Entity))
        {
            fact.OutletId = fact.Article!.OutletId;
            fact.PublishedOn = fact.Article.PublishedOn;
        }
        db.SaveChanges();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a reader still closing; the temp folder is cleaned by the OS */ }
    }

    public static Outlet Outlet(string name, string? english = null) =>
        new() { Name = name, Key = name, EnglishName = english };

    public static Article Article(Outlet? outlet, string title, DateOnly? published, string text = "نص المقال") => new()
    {
        Outlet = outlet, Title = title, PublishedOn = published, PublishedBasis = published is null ? PublishedBasis.None : PublishedBasis.Given,
        Text = text, ContentHash = Guid.NewGuid().ToString("N"), ExtractorVersion = "test-1", IngestedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Url = $"https://example.org/{Uri.EscapeDataString(title)}",
    };

    /// <summary>A fact attached to its article, with the article's outlet and date copied in as ingestion does.</summary>
    public static FactRecord Fact(Article article, FactKind kind, double min, double max, Qualifier qualifier = Qualifier.Exact,
        FactScope scope = FactScope.Incident, DateOnly? start = null, DateOnly? end = null, string unit = "person",
        string? attribution = null, string? governorate = null, FactTarget? target = null, string? actor = null,
        string sentence = "جملة الرقم", int spanStart = 0)
    {
        var fact = new FactRecord
        {
            Article = article, Kind = kind, Min = min, Max = max, Qualifier = qualifier, Unit = unit, Scope = scope,
            DateStart = start, DateEnd = end ?? start, DatePrecision = start is null ? DatePrecision.Unknown : DatePrecision.Day,
            DateBasis = start is null ? DateBasis.None : DateBasis.Explicit, Attribution = attribution, Governorate = governorate,
            Location = governorate, Target = target, Actor = actor, Sentence = sentence, SpanStart = spanStart, SpanEnd = spanStart + 5,
            Confidence = 0.9,
        };
        article.Facts.Add(fact);
        article.FactCount = article.Facts.Count;
        return fact;
    }
}
