using System.Text;
using Dashboard.Data;
using Dashboard.Data.Ingestion;
using Dashboard.Extraction;
using Dashboard.Extraction.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// A store written by an older extractor: the app serves at once and re-extracts in the background, its pages saying
/// so, instead of refusing connections until every article has been read again.
/// </summary>
public sealed class BackgroundReextractionTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-reextract-" + Guid.NewGuid().ToString("N"));
    private string ConnectionString => $"Data Source={Path.Combine(_folder, "dashboard.db")}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = ConnectionString,
            ["Dashboard:SeedOnStartup"] = "false",
            ["Dashboard:ReextractOnStartup"] = "false",
        }).Build();
        await using var older = new ServiceCollection()
            .AddSingleton<IArticleExtractor>(new VersionedExtractor("older-1"))
            .AddDashboardData(configuration)
            .BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(older);
        var texts = new[] { "قتل 7 من عناصر التنظيم في الأنبار.", "اعتقال 3 مطلوبين في كركوك.", "ضربة جوية في نينوى." };
        var summary = await older.GetRequiredService<IIngestionService>().IngestAsync(
            texts.Select((text, i) => IngestSource.FromBytes($"{i}.txt", Encoding.UTF8.GetBytes(text))), new IngestOptions());
        Assert.Equal(3, summary.Stored);
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
    }

    [Fact]
    public async Task The_app_serves_while_it_re_extracts_and_its_pages_say_so()
    {
        using var gate = new ManualResetEventSlim(false);
        var newer = new VersionedExtractor("newer-2", gate);
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("ConnectionStrings:Dashboard", ConnectionString);
            web.UseSetting("Dashboard:SeedOnStartup", "false");
            web.UseSetting("Dashboard:ReextractOnStartup", "true");
            web.ConfigureTestServices(services => services.AddSingleton<IArticleExtractor>(newer));
        });
        var client = app.CreateClient();
        var status = app.Services.GetRequiredService<ReextractionStatus>();
        try
        {
            await WaitForAsync(() => status.Current is { Running: true });
            Assert.Equal(new ReextractionState("newer-2", 3, 0, Finished: false, Error: null), status.Current);

            // Held at the first article: every page and the API answer meanwhile, from the facts stored before.
            var overview = await client.GetStringAsync("/");
            Assert.Contains("data-reextraction=\"running\"", overview);
            Assert.Contains("read again by extractor newer-2", overview);
            Assert.Contains("data-reextraction=\"running\"", await client.GetStringAsync("/facts"));
            using var summary = await client.GetAsync("/api/summary");
            Assert.True(summary.IsSuccessStatusCode);
            Assert.Equal(3, await VersionCountAsync(app, "older-1"));
        }
        finally
        {
            gate.Set();
        }

        await WaitForAsync(() => status.Current is { Finished: true });
        Assert.Equal(3, await VersionCountAsync(app, "newer-2"));
        // A reader arriving now sees no notice: the store is read by one extractor again.
        Assert.DoesNotContain("data-reextraction", await client.GetStringAsync("/"));
    }

    /// <summary>
    /// The host's start-up must not wait for the re-extraction: once the process is warm, the warm-up was done by the time
    /// the host raised ApplicationStarted and ran what waited for it (the re-extraction too) inside the start-up.
    /// </summary>
    [Fact]
    public async Task A_second_app_in_a_warm_process_serves_while_it_re_extracts_too()
    {
        await The_app_serves_while_it_re_extracts_and_its_pages_say_so();
        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Articles SET ExtractorVersion = 'older-1'";
            Assert.Equal(3, await command.ExecuteNonQueryAsync());
        }
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));

        await The_app_serves_while_it_re_extracts_and_its_pages_say_so();
    }

    private static async Task<int> VersionCountAsync(WebApplicationFactory<Program> app, string version)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Articles.CountAsync(a => a.ExtractorVersion == version);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The re-extraction did not reach the expected state.");
            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the OS cleans temp folders */ }
        return Task.CompletedTask;
    }

    /// <summary>An extractor of a given version finding one fact per text; with a gate, each extraction waits for it.</summary>
    private sealed class VersionedExtractor(string version, ManualResetEventSlim? gate = null) : IArticleExtractor
    {
        private readonly ArticleExtractor _real = new();

        public string Version => version;

        public ExtractionResult Extract(string text, DateOnly? published)
        {
            if (gate is not null && !gate.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException("The test never opened the gate.");
            return _real.Extract(text, published);
        }
    }
}
