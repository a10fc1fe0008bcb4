using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// The app's migrated schema on a real SQLite file in a temp folder (<see cref="TempDatabase"/>), filled by tests with
/// hand-made rows, with the queries over it.
/// </summary>
public sealed class QueryTestDatabase : IAsyncDisposable
{
    private readonly TempDatabase _database;

    private QueryTestDatabase(TempDatabase database)
    {
        _database = database;
        Queries = new DashboardQueries(database.Factory);
    }

    public static async Task<QueryTestDatabase> CreateAsync(Action<IServiceCollection>? configureServices = null) =>
        new(await TempDatabase.CreateAsync(configureServices: configureServices));

    public T Get<T>() where T : notnull => _database.Get<T>();

    public IDbContextFactory<DashboardDbContext> Contexts => _database.Factory;
    public DashboardQueries Queries { get; }

    public async Task AddAsync(params object[] entities)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
        // Ingestion copies the article's outlet and date onto its facts; ids exist only once saved.
        foreach (var fact in db.ChangeTracker.Entries<FactRecord>().Select(e => e.Entity))
        {
            fact.OutletId = fact.Article!.OutletId;
            fact.PublishedOn = fact.Article.PublishedOn;
        }
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

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
