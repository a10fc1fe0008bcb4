using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>The web app over a temp SQLite file, filled with a few hand-made articles and facts.</summary>
public class ApiTestHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dashboard-api-tests", Guid.NewGuid().ToString("N"));

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public int KirkukArticleId { get; private set; }
    public int ShafaqOutletId { get; private set; }

    /// <summary>Null leaves writes switched off.</summary>
    protected virtual string? ApiKey => null;
    protected virtual long? MaxUploadBytes => null;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var connectionString = $"Data Source={Path.Combine(_directory, "dashboard.db")}";
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Dashboard", connectionString);
            web.UseSetting("Dashboard:SeedOnStartup", "false");
            if (ApiKey is not null) web.UseSetting("Dashboard:ApiKey", ApiKey);
            if (MaxUploadBytes is not null) web.UseSetting("Dashboard:MaxUploadBytes", MaxUploadBytes.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        // Brings the schema up to date the way the app does (idempotent if start-up already did it).
        await DatabaseInitializer.InitializeAsync(Factory.Services);
        await SeedAsync();
    }

    private async Task SeedAsync()
    {
        var contexts = Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var sumaria = new Outlet { Name = "السومرية", Key = "السومرية-test" };
        var shafaq = new Outlet { Name = "شفق نيوز", Key = "شفق-test" };
        var kirkuk = Article(sumaria, "مقتل أربعة إرهابيين في كركوك", new DateOnly(2020, 6, 23), "قتل 4 إرهابيين أمس الاثنين في كركوك.");
        var anbar = Article(shafaq, "معارك في الأنبار", new DateOnly(2021, 3, 10), "معارك");
        Fact(kirkuk, FactKind.Killed, 4, 4, Qualifier.Exact, FactScope.Incident, new DateOnly(2020, 6, 22), "قتل 4 إرهابيين", 0);
        Fact(kirkuk, FactKind.Killed, 20, 99, Qualifier.Vague, FactScope.Incident, new DateOnly(2020, 6, 22), "=HYPERLINK(\"x\")", 20);
        Fact(kirkuk, FactKind.Killed, 250, 250, Qualifier.Exact, FactScope.Cumulative, new DateOnly(2020, 1, 1), "قتل 250 منذ مطلع العام", 40);
        Fact(anbar, FactKind.Killed, 400, 500, Qualifier.Range, FactScope.Incident, new DateOnly(2021, 3, 8), "ما بين 400 إلى 500", 0);
        Fact(anbar, FactKind.Arrested, 100, 100, Qualifier.Approximate, FactScope.Incident, new DateOnly(2021, 3, 9), "اعتقال نحو 100", 10);
        Fact(anbar, FactKind.Wounded, 7, 7, Qualifier.Exact, FactScope.Incident, null, "جرح 7", 20);
        AddFacts(kirkuk, anbar);
        kirkuk.DateMentions.Add(new DateMentionRecord { Text = "أمس الاثنين", DateStart = new DateOnly(2020, 6, 22), DateEnd = new DateOnly(2020, 6, 22),
            DatePrecision = DatePrecision.Day, DateBasis = DateBasis.Relative, SpanStart = 17, SpanEnd = 28 });
        db.AddRange(kirkuk, anbar);
        await db.SaveChangesAsync();
        foreach (var fact in kirkuk.Facts.Concat(anbar.Facts))
        {
            fact.OutletId = fact.Article!.OutletId;
            fact.PublishedOn = fact.Article.PublishedOn;
        }
        await db.SaveChangesAsync();
        KirkukArticleId = kirkuk.Id;
        ShafaqOutletId = shafaq.Id;
    }

    /// <summary>More facts for a host that needs them; the base host's figures stay as they are.</summary>
    protected virtual void AddFacts(Article kirkuk, Article anbar) { }

    private static Article Article(Outlet outlet, string title, DateOnly published, string text) => new()
    {
        Outlet = outlet, Title = title, PublishedOn = published, PublishedBasis = PublishedBasis.Given, Text = text,
        ContentHash = Guid.NewGuid().ToString("N"), ExtractorVersion = "test-1", IngestedAtUtc = DateTime.UtcNow, Url = "https://example.org/" + Guid.NewGuid().ToString("N"),
    };

    protected static void Fact(Article article, FactKind kind, double min, double max, Qualifier qualifier, FactScope scope, DateOnly? start, string sentence, int spanStart,
        string unit = "person")
    {
        article.Facts.Add(new FactRecord
        {
            Kind = kind, Min = min, Max = max, Qualifier = qualifier, Unit = unit, Scope = scope, DateStart = start, DateEnd = start,
            DatePrecision = start is null ? DatePrecision.Unknown : DatePrecision.Day, DateBasis = start is null ? DateBasis.None : DateBasis.Explicit,
            Target = FactTarget.Militants, Governorate = "Kirkuk", Sentence = sentence, SpanStart = spanStart, SpanEnd = spanStart + 5, Confidence = 0.8,
        });
        article.FactCount = article.Facts.Count;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        // Only this host's pool: a process-wide clear would break other tests mid-write.
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={Path.Combine(_directory, "dashboard.db")}"));
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* the OS cleans temp folders */ }
    }
}

/// <summary>The same app with writes switched on by an API key and a small upload limit.</summary>
public sealed class ApiTestHostWithKey : ApiTestHost
{
    public const string Key = "test-key-0f3a";
    /// <summary>Per file (Dashboard:MaxUploadBytes).</summary>
    public const long UploadLimit = 64 * 1024;
    protected override string? ApiKey => Key;
    protected override long? MaxUploadBytes => UploadLimit;
}
