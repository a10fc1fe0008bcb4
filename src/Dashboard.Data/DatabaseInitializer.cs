using System.Globalization;
using Dashboard.Data.Ingestion;
using Dashboard.Extraction;
using Dashboard.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Data;

/// <summary>Brings the database up to date at start-up: migrations, WAL, seed articles into an empty store, re-extraction.</summary>
public static class DatabaseInitializer
{
    /// <summary>Everything, re-extraction included, before it returns.</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (await PrepareAsync(services, ct) is { } reextraction) await reextraction.RunAsync(ct);
    }

    /// <summary>
    /// Migrations, WAL and seeding; then, when <see cref="DashboardDataSettings.ReextractOnStartup"/> is on, the list of
    /// articles an older extractor stored, for the caller to re-extract (the web app does it while it serves). Null
    /// when there are none. The list is taken now: articles stored after this are read by the current extractor anyway.
    /// </summary>
    public static async Task<StartupReextraction?> PrepareAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseInitializer).FullName!) ?? NullLogger.Instance;
        var settings = services.GetService<DashboardDataSettings>() ?? new DashboardDataSettings();
        var factory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

        bool isEmpty;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
            await SqliteTuning.EnableWriteAheadLogAsync(db, ct);
            isEmpty = !await db.Articles.AnyAsync(ct);
        }

        var ingestion = services.GetRequiredService<IIngestionService>();
        if (isEmpty && settings.SeedOnStartup) await SeedAsync(ingestion, settings, logger, ct);
        if (!settings.ReextractOnStartup) return null;
        var stale = await ingestion.FindArticlesToReextractAsync(all: false, ct);
        return stale.Count == 0 ? null
            : new StartupReextraction(ingestion, services.GetRequiredService<IArticleExtractor>().Version, stale, services.GetService<ReextractionStatus>(), logger);
    }

    private static async Task SeedAsync(IIngestionService ingestion, DashboardDataSettings settings, ILogger logger, CancellationToken ct)
    {
        var folder = FindSeedFolder(settings.SeedPath);
        if (folder == null)
        {
            logger.LogInformation("No seed folder found ({SeedPath}); starting with an empty database", settings.SeedPath ?? "seeds");
            return;
        }
        var summary = await ingestion.IngestPathsAsync([folder], new IngestOptions { MaxBytes = settings.MaxUploadBytes }, progress: null, ct);
        logger.LogInformation("{Summary}", string.Create(CultureInfo.InvariantCulture,
            $"Seeded {summary.Stored} articles ({summary.Duplicates} duplicates, {summary.Failed} failed, {summary.Facts} facts) from {folder}"));
    }

    /// <summary>
    /// The configured path; else <c>seeds</c> under the current directory; else the <c>seeds</c> folder beside
    /// <c>Dashboard.sln</c> above the application's own folder (running from a build output).
    /// </summary>
    public static string? FindSeedFolder(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        var local = Path.Combine(Directory.GetCurrentDirectory(), "seeds");
        if (Directory.Exists(local)) return local;
        var seeds = RepositoryRoot.OfApp is { } root ? Path.Combine(root, "seeds") : null;
        return Directory.Exists(seeds) ? seeds : null;
    }
}
